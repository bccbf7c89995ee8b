package com.cognitoselfservice.signin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * The attributes NEW_PASSWORD_REQUIRED asks for and what was typed for them: one field
 * named {@code userAttributes.<name>} each, labelled from the name ({@code given_name} →
 * "Given name").
 */
public record RequiredAttributes(List<String> names, Map<String, String> values) {

    static final String PREFIX = "userAttributes.";

    static final int MAX_LENGTH = 2048;

    /**
     * One field of the page: the attribute, its field name, its label and what was typed.
     */
    public record Field(String attribute, String name, String id, String label, String value) {
    }

    /** The attributes the challenge asks for, as typed into this request's form. */
    public static RequiredAttributes read(Challenge challenge, HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String attribute : challenge.requiredAttributes()) {
            String value = request.getParameter(PREFIX + attribute);
            values.put(attribute, (value == null) ? "" : value.strip());
        }
        return new RequiredAttributes(challenge.requiredAttributes(), values);
    }

    /** The attributes the challenge asks for, nothing typed yet. */
    public static RequiredAttributes empty(Challenge challenge) {
        return new RequiredAttributes(challenge.requiredAttributes(), Map.of());
    }

    public List<Field> fields() {
        return names.stream()
            .map((attribute) -> new Field(attribute, PREFIX + attribute, "attr-" + attribute.replaceAll("[^\\w-]", "-"),
                    label(attribute), values.getOrDefault(attribute, "")))
            .toList();
    }

    /** The attributes typed wrongly; none before the form was sent. */
    public List<String> invalid() {
        return values.isEmpty() ? List.of() : names.stream().filter((name) -> !isValid(values.get(name))).toList();
    }

    /**
     * Names each attribute typed wrongly above the form, too, so the error summary lists
     * it.
     */
    public void rejectInvalid(Errors errors) {
        for (String name : invalid()) {
            Object label = new DefaultMessageSourceResolvable(new String[] { "attribute." + name }, label(name));
            errors.reject("new-password.attribute.invalid", new Object[] { label }, null);
        }
    }

    static boolean isValid(String value) {
        return !value.isBlank() && value.length() <= MAX_LENGTH
                && value.codePoints().noneMatch(Character::isISOControl);
    }

    static String label(String attribute) {
        String name = attribute.startsWith("custom:") ? attribute.substring(7) : attribute;
        String words = name.replace('_', ' ').replace('.', ' ').strip();
        if (words.isEmpty()) {
            return attribute;
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

}

package com.cognitoselfservice.newpassword;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The attributes NEW_PASSWORD_REQUIRED asks for, as the page shows them: one field named
 * {@code userAttributes.<name>} each, labelled from the name ({@code given_name} → "Given
 * name").
 */
final class RequiredAttributes {

    static final String PREFIX = "userAttributes.";

    static final int MAX_LENGTH = 2048;

    private RequiredAttributes() {
    }

    /**
     * One field of the page: the attribute, its field name, its label and what was typed.
     */
    record Field(String attribute, String name, String id, String label, String value) {
    }

    static List<Field> fields(List<String> attributes, Map<String, String> values) {
        return attributes.stream()
            .map((attribute) -> new Field(attribute, PREFIX + attribute, "attr-" + attribute.replaceAll("[^\\w-]", "-"),
                    label(attribute), values.getOrDefault(attribute, "")))
            .toList();
    }

    static Map<String, String> read(List<String> attributes, HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String attribute : attributes) {
            String value = request.getParameter(PREFIX + attribute);
            values.put(attribute, (value == null) ? "" : value.strip());
        }
        return values;
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

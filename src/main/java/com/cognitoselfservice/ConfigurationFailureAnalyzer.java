package com.cognitoselfservice;

import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Turns invalid settings into one line per variable, named as the operator sets it
 * ({@code COGNITO_USER_POOL_ID}), instead of a stack trace. Values are not echoed: one
 * may be a secret.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<BindValidationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BindValidationException cause) {
        String prefix = cause.getValidationErrors().getName().toString();
        String description = cause.getValidationErrors()
            .getAllErrors()
            .stream()
            .map((error) -> line(prefix, error))
            .collect(Collectors.joining(System.lineSeparator()));
        return new FailureAnalysis(description,
                "Set the variables above (see the configuration table in README.md), or start the demo with "
                        + "--spring.profiles.active=demo.",
                null);
    }

    private static String line(String prefix, ObjectError error) {
        if (error instanceof FieldError field) {
            return environmentName(prefix + "." + field.getField()) + " " + field.getDefaultMessage();
        }
        return prefix + ": " + error.getDefaultMessage();
    }

    static String environmentName(String property) {
        return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('.', '_').replace('-', '_').toUpperCase();
    }

}

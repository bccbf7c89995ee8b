package com.cognitoselfservice.cognito;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** One rule of a Cognito password policy; {@link #messageKey()} names it for people. */
public enum PasswordRule {

    MINIMUM_LENGTH("password.rule.length"), UPPERCASE("password.rule.uppercase"), LOWERCASE("password.rule.lowercase"),
    NUMBER("password.rule.number"), SYMBOL("password.rule.symbol"), NO_SURROUNDING_SPACE("password.rule.space");

    private final String messageKey;

    PasswordRule(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /**
     * Reads Cognito's "Password did not conform with policy: Password must have …"
     * message.
     */
    static @Nullable PasswordRule fromCognitoMessage(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("long enough") || lower.contains("length")) {
            return MINIMUM_LENGTH;
        }
        if (lower.contains("uppercase")) {
            return UPPERCASE;
        }
        if (lower.contains("lowercase")) {
            return LOWERCASE;
        }
        if (lower.contains("numeric")) {
            return NUMBER;
        }
        if (lower.contains("symbol")) {
            return SYMBOL;
        }
        if (lower.contains("whitespace") || lower.contains("space")) {
            return NO_SURROUNDING_SPACE;
        }
        return null;
    }

}

package com.cognitoselfservice.cognito;

import java.util.ArrayList;
import java.util.List;

/**
 * A user pool's password policy, checked here before Cognito is called so that the user
 * sees every broken rule at once and no confirmation code is spent on a password Cognito
 * would refuse. The pool's password history (how many earlier passwords may not be used
 * again; 0 for none) can only be shown: Cognito alone knows them.
 */
public record PasswordPolicy(int minimumLength, boolean requireUppercase, boolean requireLowercase,
        boolean requireNumbers, boolean requireSymbols, int passwordHistorySize) {

    /** A policy without password history. */
    public PasswordPolicy(int minimumLength, boolean requireUppercase, boolean requireLowercase, boolean requireNumbers,
            boolean requireSymbols) {
        this(minimumLength, requireUppercase, requireLowercase, requireNumbers, requireSymbols, 0);
    }

    /** The policy Cognito gives a new user pool. */
    public static final PasswordPolicy COGNITO_DEFAULT = new PasswordPolicy(8, true, true, true, true);

    // Cognito's special characters; a space counts too when it is neither leading nor
    // trailing.
    private static final String SYMBOLS = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ";

    /** The rules this policy has, in the order they are shown. */
    public List<PasswordRule> rules() {
        List<PasswordRule> rules = new ArrayList<>();
        rules.add(PasswordRule.MINIMUM_LENGTH);
        if (requireUppercase) {
            rules.add(PasswordRule.UPPERCASE);
        }
        if (requireLowercase) {
            rules.add(PasswordRule.LOWERCASE);
        }
        if (requireNumbers) {
            rules.add(PasswordRule.NUMBER);
        }
        if (requireSymbols) {
            rules.add(PasswordRule.SYMBOL);
        }
        rules.add(PasswordRule.NO_SURROUNDING_SPACE);
        return rules;
    }

    public List<PasswordRule> brokenBy(String password) {
        return rules().stream().filter((rule) -> !satisfies(rule, password)).toList();
    }

    private boolean satisfies(PasswordRule rule, String password) {
        return switch (rule) {
            case MINIMUM_LENGTH -> password.codePointCount(0, password.length()) >= minimumLength;
            case UPPERCASE -> password.chars().anyMatch((c) -> c >= 'A' && c <= 'Z');
            case LOWERCASE -> password.chars().anyMatch((c) -> c >= 'a' && c <= 'z');
            case NUMBER -> password.chars().anyMatch((c) -> c >= '0' && c <= '9');
            case SYMBOL -> password.strip().chars().anyMatch((c) -> SYMBOLS.indexOf(c) >= 0);
            case NO_SURROUNDING_SPACE -> password.equals(password.strip());
        };
    }

}

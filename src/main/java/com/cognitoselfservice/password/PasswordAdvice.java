package com.cognitoselfservice.password;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.cognitoselfservice.cognito.PasswordPolicy;
import com.cognitoselfservice.cognito.PasswordRule;

/**
 * What can be said of a new password before it is submitted: which policy rules it meets,
 * its strength, and what refuses it besides the policy.
 */
public record PasswordAdvice(List<RuleState> rules, int strength, boolean common, boolean containsUsername,
        boolean containsProductName, @Nullable Boolean matches, boolean typed) {

    /** A rule of the policy and whether the password meets it. */
    public record RuleState(PasswordRule rule, boolean met) {
    }

    /** The advice without a strength rating, which only live help needs. */
    public static PasswordAdvice of(String password, @Nullable String confirmation, PasswordPolicy policy,
            boolean common, @Nullable String username, @Nullable String productName) {
        List<PasswordRule> broken = policy.brokenBy(password);
        List<RuleState> rules = policy.rules()
            .stream()
            .map((rule) -> new RuleState(rule, !password.isEmpty() && !broken.contains(rule)))
            .toList();
        Boolean matches = (confirmation == null || confirmation.isEmpty()) ? null : confirmation.equals(password);
        return new PasswordAdvice(rules, 0, common, contains(password, username), contains(password, productName),
                matches, !password.isEmpty());
    }

    /**
     * The same advice with a strength rating; a refused password is never shown as
     * strong.
     */
    public PasswordAdvice withStrength(int score) {
        int shown = (common || containsUsername || containsProductName) ? Math.min(score, 1) : score;
        return new PasswordAdvice(rules, shown, common, containsUsername, containsProductName, matches, typed);
    }

    /**
     * Whether the password contains a name, ignoring case; names under three characters
     * would refuse too much.
     */
    static boolean contains(String password, @Nullable String name) {
        if (name == null || name.strip().length() < 3) {
            return false;
        }
        return password.toLowerCase(Locale.ROOT).contains(name.strip().toLowerCase(Locale.ROOT));
    }

}

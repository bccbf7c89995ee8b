package com.cognitoselfservice.password;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import com.cognitoselfservice.cognito.PasswordPolicy;
import com.cognitoselfservice.cognito.PasswordPolicySource;
import com.cognitoselfservice.cognito.PasswordRule;

/**
 * Checks a new password against the pool's policy, the common passwords, the names it
 * must not contain and its repetition before Cognito is asked, so that every broken rule
 * is named at once. Errors go on the {@code password} and {@code confirmPassword} fields.
 */
@Component
public class NewPasswordCheck {

    private final PasswordPolicySource policies;

    private final CommonPasswords commonPasswords;

    NewPasswordCheck(PasswordPolicySource policies, CommonPasswords commonPasswords) {
        this.policies = policies;
        this.commonPasswords = commonPasswords;
    }

    public PasswordPolicy policy() {
        return policies.current();
    }

    /**
     * What the policy and the refusals below make of a password: the one judgement live
     * help shows and a submit enforces.
     */
    public PasswordAdvice advise(String password, @Nullable String confirmation, @Nullable String username,
            @Nullable String productName) {
        return PasswordAdvice.of(password, confirmation, policies.current(), commonPasswords.contains(password),
                username, productName);
    }

    /**
     * Also refuses what Cognito accepts but guessers try first: a common password, or one
     * containing the username or the product's name.
     */
    public void check(NewPasswordFields form, BindingResult result, @Nullable String username,
            @Nullable String productName) {
        if (result.hasFieldErrors("password")) {
            return;
        }
        String password = form.getPassword();
        PasswordAdvice advice = advise(password, form.getConfirmPassword(), username, productName);
        if (advice.common()) {
            result.rejectValue("password", "password.common");
        }
        if (advice.containsUsername()) {
            result.rejectValue("password", "password.contains-username");
        }
        if (advice.containsProductName()) {
            result.rejectValue("password", "password.contains-product", new Object[] { productName }, null);
        }
        PasswordPolicy policy = policies.current();
        for (PasswordRule rule : policy.brokenBy(password)) {
            Object[] ruleArgs = (rule == PasswordRule.MINIMUM_LENGTH) ? new Object[] { policy.minimumLength() } : null;
            result.rejectValue("password", "password.broken",
                    new Object[] { new DefaultMessageSourceResolvable(new String[] { rule.messageKey() }, ruleArgs) },
                    null);
        }
        if (!result.hasFieldErrors("confirmPassword") && !Objects.equals(password, form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "password.mismatch");
        }
    }

}

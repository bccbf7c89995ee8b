package com.cognitoselfservice.web;

import java.util.Objects;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import com.cognitoselfservice.cognito.PasswordPolicy;
import com.cognitoselfservice.cognito.PasswordPolicySource;
import com.cognitoselfservice.cognito.PasswordRule;

/**
 * Checks a new password against the pool's policy and its repetition before Cognito is
 * asked, so that every broken rule is named at once. Errors go on the {@code password}
 * and {@code confirmPassword} fields.
 */
@Component
public class NewPasswordCheck {

    private final PasswordPolicySource policies;

    NewPasswordCheck(PasswordPolicySource policies) {
        this.policies = policies;
    }

    public PasswordPolicy policy() {
        return policies.current();
    }

    public void check(NewPasswordFields form, BindingResult result) {
        if (result.hasFieldErrors("password")) {
            return;
        }
        String password = form.getPassword();
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

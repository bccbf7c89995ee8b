package com.cognitoselfservice.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;

import com.cognitoselfservice.abuse.RateLimitedException;
import com.cognitoselfservice.cognito.CognitoFailure;
import com.cognitoselfservice.cognito.PasswordRule;

/**
 * Puts a failure on the form it concerns, with the status a browser and a crawler should
 * see. Failures no form can show (Cognito down, misconfiguration) go on to
 * {@link ErrorPages}.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(CognitoFailure failure, BindingResult result, HttpServletResponse response) {
        switch (failure.kind()) {
            case FIELD -> {
                PasswordRule rule = failure.failedRule();
                Object[] args = { new DefaultMessageSourceResolvable(ruleKey(rule)) };
                result.rejectValue(failure.field(), failure.messageKey(), args, null);
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            case THROTTLED -> {
                result.reject(failure.messageKey());
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            }
            case FORM, UNKNOWN_USER, RESET_REQUIRED, SESSION_EXPIRED -> {
                result.reject(failure.messageKey());
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
            case UNAVAILABLE, MISCONFIGURED -> throw failure;
        }
    }

    // Cognito does not say the pool's minimum length, so that rule is named without its
    // number.
    private static String ruleKey(@Nullable PasswordRule rule) {
        if (rule == null) {
            return "password.rule.unknown";
        }
        return (rule == PasswordRule.MINIMUM_LENGTH) ? "password.rule.length.plain" : rule.messageKey();
    }

    public static void reject(RateLimitedException limited, BindingResult result, HttpServletResponse response) {
        result.reject("limits.tryAgainIn", new Object[] { limited.retryAfterSeconds() }, null);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(limited.retryAfterSeconds()));
    }

    public static void invalidInput(HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
    }

}

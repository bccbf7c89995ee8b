package com.cognitoselfservice.cognito;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import com.cognitoselfservice.refusal.Refusal;

/**
 * Cognito refused a request for a reason the person at the screen can act on: a wrong
 * code, a password the pool refuses, a limit, an account that must be reset first. Built
 * from the documented error codes by {@link CognitoErrors}, never from the raw message,
 * which Cognito may fill with user input. When Cognito cannot be used at all, that is a
 * {@link CognitoUnavailable} instead.
 */
public final class CognitoFailure extends Refusal {

    /** How a page reacts to a reason. */
    public enum Kind {

        /** Bad input the user can correct: shown next to the reason's field. */
        FIELD,
        /** Shown above the form; the user can try again or do something else. */
        FORM,
        /** Too many requests; try again later (HTTP 429). */
        THROTTLED,
        /**
         * The account does not exist, is disabled or has no verified contact: never
         * revealed.
         */
        UNKNOWN_USER,
        /**
         * An administrator reset the password: the user must go through the forgot flow.
         */
        RESET_REQUIRED,
        /**
         * The sign-in challenge's session is no longer valid: the user must sign in
         * again.
         */
        SESSION_EXPIRED,
        /** Cognito or the network failed (HTTP 503). */
        UNAVAILABLE,
        /** The operator's configuration is wrong (pool, client, secret, roles). */
        MISCONFIGURED

    }

    /** Why Cognito refused, with the message the person reads and where. */
    public enum Reason {

        CODE_MISMATCH(Kind.FIELD, "cognito.CodeMismatch", "code"),
        EXPIRED_CODE(Kind.FIELD, "cognito.ExpiredCode", "code"),
        INVALID_PASSWORD(Kind.FIELD, "cognito.InvalidPassword", "password"),
        PASSWORD_HISTORY(Kind.FIELD, "cognito.PasswordHistoryPolicyViolation", "password"),
        INVALID_PARAMETER(Kind.FIELD, "cognito.InvalidParameter", "username"),
        LIMIT_EXCEEDED(Kind.THROTTLED, "cognito.LimitExceeded", null),
        /**
         * Cognito's lock-out after repeated wrong passwords ("Password attempts
         * exceeded"): it lasts from a second to about fifteen minutes, doubling with each
         * further failure.
         */
        SIGN_IN_LOCKED(Kind.THROTTLED, "cognito.PasswordAttemptsExceeded", null),
        /**
         * The AWS account is over its Cognito quota (TooManyRequestsException): many
         * people at once.
         */
        COGNITO_BUSY(Kind.THROTTLED, "limits.busy", null),
        TOO_MANY_FAILED_ATTEMPTS(Kind.FORM, "cognito.TooManyFailedAttempts", null),
        /**
         * A person who signs in without a password (choice-based sign-in offers no
         * password challenge for them): there is no password to change here.
         */
        NO_PASSWORD(Kind.FORM, "cognito.NoPassword", null),
        /** The pool does not let an authenticator app be set up here. */
        MFA_SETUP_UNSUPPORTED(Kind.FORM, "cognito.MfaSetupUnsupported", null),
        CODE_DELIVERY_FAILURE(Kind.FORM, "cognito.CodeDeliveryFailure", null),
        USER_NOT_CONFIRMED(Kind.FORM, "cognito.UserNotConfirmed", null),
        AUTH_FLOW_NOT_ENABLED(Kind.FORM, "cognito.AuthFlowNotEnabled", null),
        NOT_AUTHORIZED(Kind.FORM, "cognito.NotAuthorized", null),
        INCORRECT_SIGN_IN(Kind.FORM, "cognito.IncorrectSignIn", null),
        FEDERATED_USER(Kind.FORM, "cognito.FederatedUser", null), LAMBDA(Kind.FORM, "cognito.Lambda", null),
        FORBIDDEN(Kind.FORM, "cognito.Forbidden", null),
        USER_NOT_FOUND(Kind.UNKNOWN_USER, "cognito.UserNotFound", null),
        USER_DISABLED(Kind.UNKNOWN_USER, "cognito.UserNotFound", null),
        NO_VERIFIED_CONTACT(Kind.UNKNOWN_USER, "cognito.NoVerifiedContact", null),
        PASSWORD_RESET_REQUIRED(Kind.RESET_REQUIRED, "cognito.PasswordResetRequired", null),
        SESSION_EXPIRED(Kind.SESSION_EXPIRED, "cognito.SessionExpired", null),
        MISCONFIGURED(Kind.MISCONFIGURED, "cognito.Misconfigured", null),
        UNAVAILABLE(Kind.UNAVAILABLE, "cognito.Unavailable", null);

        private final Kind kind;

        private final String messageKey;

        private final @Nullable String field;

        Reason(Kind kind, String messageKey, @Nullable String field) {
            this.kind = kind;
            this.messageKey = messageKey;
            this.field = field;
        }

        public Kind kind() {
            return kind;
        }

        public String messageKey() {
            return messageKey;
        }

        public @Nullable String field() {
            return field;
        }

        /** Whether Cognito cannot be used at all, rather than refusing this request. */
        boolean isOutage() {
            return kind == Kind.UNAVAILABLE || kind == Kind.MISCONFIGURED;
        }

    }

    // Cognito says nothing of when its quota allows the next call: a few seconds.
    private static final Duration BUSY_WAIT = Duration.ofSeconds(5);

    private final Reason reason;

    private final String errorCode;

    private final @Nullable PasswordRule failedRule;

    CognitoFailure(Reason reason, String errorCode, @Nullable PasswordRule failedRule, @Nullable Throwable cause) {
        super(reason.messageKey(), reason.field(), cause);
        if (reason.isOutage()) {
            throw new IllegalArgumentException(reason + " is an outage, not a refusal");
        }
        this.reason = reason;
        this.errorCode = errorCode;
        this.failedRule = failedRule;
    }

    /** The same refusal for another reason, keeping Cognito's error code. */
    CognitoFailure as(Reason other) {
        return new CognitoFailure(other, errorCode, null, this);
    }

    public Reason reason() {
        return reason;
    }

    public Kind kind() {
        return reason.kind();
    }

    /** Cognito's error code, e.g. {@code CodeMismatchException}, for logs and metrics. */
    public String errorCode() {
        return errorCode;
    }

    /** For InvalidPassword: the rule Cognito said the password broke. */
    public @Nullable PasswordRule failedRule() {
        return failedRule;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return (reason == Reason.COGNITO_BUSY) ? Optional.of(BUSY_WAIT) : Optional.empty();
    }

    @Override
    public Object[] messageArguments() {
        if (reason == Reason.COGNITO_BUSY) {
            return new Object[] { BUSY_WAIT.toSeconds() };
        }
        if (reason != Reason.INVALID_PASSWORD) {
            return new Object[0];
        }
        // Cognito does not say the pool's minimum length, so that rule is named without
        // its number.
        String rule = (failedRule == null) ? "password.rule.unknown"
                : (failedRule == PasswordRule.MINIMUM_LENGTH) ? "password.rule.length.plain" : failedRule.messageKey();
        return new Object[] { new DefaultMessageSourceResolvable(rule) };
    }

    @Override
    public int status() {
        return (kind() == Kind.THROTTLED) ? 429 : 400;
    }

}

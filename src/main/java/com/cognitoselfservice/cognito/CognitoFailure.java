package com.cognitoselfservice.cognito;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What a failed Cognito call means for the person at the screen: a message key, the field
 * it belongs to (if any) and how the page should react. Built from the documented error
 * codes, never from the raw message, which Cognito may fill with user input.
 */
public final class CognitoFailure extends RuntimeException {

    public enum Kind {

        /** Bad input the user can correct: shown next to {@link #field()}. */
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

    private final Kind kind;

    private final String messageKey;

    private final @Nullable String field;

    private final String errorCode;

    private final @Nullable PasswordRule failedRule;

    CognitoFailure(Kind kind, String messageKey, @Nullable String field, String errorCode,
            @Nullable PasswordRule failedRule, @Nullable Throwable cause) {
        super(errorCode + " -> " + messageKey, cause, false, false);
        this.kind = kind;
        this.messageKey = messageKey;
        this.field = field;
        this.errorCode = errorCode;
        this.failedRule = failedRule;
    }

    public static CognitoFailure of(SdkException ex) {
        if (!(ex instanceof AwsServiceException service) || service.awsErrorDetails() == null) {
            return new CognitoFailure(Kind.UNAVAILABLE, "cognito.Unavailable", null, "ClientError", null, ex);
        }
        String code = service.awsErrorDetails().errorCode();
        String message = String.valueOf(service.awsErrorDetails().errorMessage());
        return of(code == null ? "Unknown" : code, message, service.statusCode(), ex);
    }

    static CognitoFailure of(String errorCode, String message, int status, @Nullable Throwable cause) {
        String code = errorCode.endsWith("Exception") ? errorCode.substring(0, errorCode.length() - 9) : errorCode;
        return switch (code) {
            case "CodeMismatch" -> field("code", "cognito.CodeMismatch", errorCode, cause);
            case "ExpiredCode" -> field("code", "cognito.ExpiredCode", errorCode, cause);
            case "InvalidPassword" -> new CognitoFailure(Kind.FIELD, "cognito.InvalidPassword", "password", errorCode,
                    PasswordRule.fromCognitoMessage(message), cause);
            case "PasswordHistoryPolicyViolation" ->
                field("password", "cognito.PasswordHistoryPolicyViolation", errorCode, cause);
            case "LimitExceeded", "TooManyRequests" ->
                simple(Kind.THROTTLED, "cognito.LimitExceeded", errorCode, cause);
            case "TooManyFailedAttempts" -> simple(Kind.FORM, "cognito.TooManyFailedAttempts", errorCode, cause);
            case "CodeDeliveryFailure" -> simple(Kind.FORM, "cognito.CodeDeliveryFailure", errorCode, cause);
            case "UserNotFound" -> simple(Kind.UNKNOWN_USER, "cognito.UserNotFound", errorCode, cause);
            case "UserNotConfirmed" -> simple(Kind.FORM, "cognito.UserNotConfirmed", errorCode, cause);
            case "PasswordResetRequired" ->
                simple(Kind.RESET_REQUIRED, "cognito.PasswordResetRequired", errorCode, cause);
            case "InvalidParameter" -> invalidParameter(message, errorCode, cause);
            case "NotAuthorized" -> notAuthorized(message, errorCode, cause);
            case "ResourceNotFound", "InvalidEmailRoleAccessPolicy", "InvalidSmsRoleAccessPolicy",
                    "InvalidSmsRoleTrustRelationship", "InvalidUserPoolConfiguration" ->
                simple(Kind.MISCONFIGURED, "cognito.Misconfigured", errorCode, cause);
            case "UnexpectedLambda", "InvalidLambdaResponse", "UserLambdaValidation" ->
                simple(Kind.FORM, "cognito.Lambda", errorCode, cause);
            case "Forbidden" -> simple(Kind.FORM, "cognito.Forbidden", errorCode, cause);
            default -> simple(Kind.UNAVAILABLE, "cognito.Unavailable", errorCode, cause);
        };
    }

    private static CognitoFailure invalidParameter(String message, String errorCode, @Nullable Throwable cause) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("no registered/verified email or phone_number")) {
            return simple(Kind.UNKNOWN_USER, "cognito.NoVerifiedContact", errorCode, cause);
        }
        if (lower.contains("flow not enabled")) {
            return simple(Kind.FORM, "cognito.AuthFlowNotEnabled", errorCode, cause);
        }
        return field("username", "cognito.InvalidParameter", errorCode, cause);
    }

    private static CognitoFailure notAuthorized(String message, String errorCode, @Nullable Throwable cause) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("secret_hash") || lower.contains("secret hash") || lower.contains("client secret")) {
            return simple(Kind.MISCONFIGURED, "cognito.Misconfigured", errorCode, cause);
        }
        if (lower.contains("flow not enabled")) {
            return simple(Kind.FORM, "cognito.AuthFlowNotEnabled", errorCode, cause);
        }
        if (lower.contains("session is expired") || lower.contains("invalid session")) {
            return simple(Kind.SESSION_EXPIRED, "cognito.SessionExpired", errorCode, cause);
        }
        if (lower.contains("attempts exceeded")) {
            return simple(Kind.THROTTLED, "cognito.LimitExceeded", errorCode, cause);
        }
        if (lower.contains("disabled")) {
            return simple(Kind.UNKNOWN_USER, "cognito.UserNotFound", errorCode, cause);
        }
        return simple(Kind.FORM, "cognito.NotAuthorized", errorCode, cause);
    }

    /**
     * Wrong password, unknown user and disabled user all read the same, as Cognito's own
     * page does.
     */
    static CognitoFailure incorrectSignIn(CognitoFailure cause) {
        return new CognitoFailure(Kind.FORM, "cognito.IncorrectSignIn", null, cause.errorCode(), null, cause);
    }

    /** A sign-in that is not a Cognito user's own password, e.g. a federated user's. */
    static CognitoFailure federatedUser(CognitoFailure cause) {
        return new CognitoFailure(Kind.FORM, "cognito.FederatedUser", null, cause.errorCode(), null, cause);
    }

    private static CognitoFailure field(String field, String key, String errorCode, @Nullable Throwable cause) {
        return new CognitoFailure(Kind.FIELD, key, field, errorCode, null, cause);
    }

    private static CognitoFailure simple(Kind kind, String key, String errorCode, @Nullable Throwable cause) {
        return new CognitoFailure(kind, key, null, errorCode, null, cause);
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

    public String errorCode() {
        return errorCode;
    }

    /** For InvalidPassword: the rule Cognito said the password broke. */
    public @Nullable PasswordRule failedRule() {
        return failedRule;
    }

}

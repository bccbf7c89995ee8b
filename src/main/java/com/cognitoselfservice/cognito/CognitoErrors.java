package com.cognitoselfservice.cognito;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

import com.cognitoselfservice.cognito.CognitoFailure.Reason;

/**
 * Reads what an SDK error means: each documented error code of the user-flow operations
 * becomes a {@link CognitoFailure} (a refusal the page explains) or a
 * {@link CognitoUnavailable} (an error page). The raw message is only looked at where
 * Cognito's error code alone does not say it, and never kept.
 */
public final class CognitoErrors {

    /**
     * What InvalidParameter says, lower-cased, when the user has nowhere to get a code.
     */
    static final String NO_VERIFIED_CONTACT = "no registered/verified email or phone_number";

    private CognitoErrors() {
    }

    /** A {@link CognitoFailure} or a {@link CognitoUnavailable}. */
    public static RuntimeException of(SdkException ex) {
        if (!(ex instanceof AwsServiceException service) || service.awsErrorDetails() == null) {
            return new CognitoUnavailable(Reason.UNAVAILABLE, "ClientError", ex);
        }
        String code = service.awsErrorDetails().errorCode();
        String message = String.valueOf(service.awsErrorDetails().errorMessage());
        return of((code == null) ? "Unknown" : code, message, ex);
    }

    static RuntimeException of(String errorCode, String message, @Nullable Throwable cause) {
        Reason reason = reason(errorCode.replaceFirst("Exception$", ""), message.toLowerCase(Locale.ROOT));
        if (reason.isOutage()) {
            return new CognitoUnavailable(reason, errorCode, cause);
        }
        PasswordRule rule = (reason == Reason.INVALID_PASSWORD) ? PasswordRule.fromCognitoMessage(message) : null;
        return new CognitoFailure(reason, errorCode, rule, cause);
    }

    /**
     * What an error code (without its {@code Exception} ending) and its lower-cased
     * message mean.
     */
    static Reason reason(String code, String message) {
        return switch (code) {
            case "CodeMismatch", "EnableSoftwareTokenMFA" -> Reason.CODE_MISMATCH;
            case "SoftwareTokenMFANotFound" -> Reason.MFA_SETUP_UNSUPPORTED;
            case "ExpiredCode" -> Reason.EXPIRED_CODE;
            case "InvalidPassword" -> Reason.INVALID_PASSWORD;
            case "PasswordHistoryPolicyViolation" -> Reason.PASSWORD_HISTORY;
            case "LimitExceeded" -> Reason.LIMIT_EXCEEDED;
            case "TooManyRequests" -> Reason.COGNITO_BUSY;
            case "TooManyFailedAttempts" -> Reason.TOO_MANY_FAILED_ATTEMPTS;
            case "CodeDeliveryFailure" -> Reason.CODE_DELIVERY_FAILURE;
            case "UserNotFound" -> Reason.USER_NOT_FOUND;
            case "UserNotConfirmed" -> Reason.USER_NOT_CONFIRMED;
            case "PasswordResetRequired" -> Reason.PASSWORD_RESET_REQUIRED;
            case "InvalidParameter" -> invalidParameter(message);
            case "NotAuthorized" -> notAuthorized(message);
            case "ResourceNotFound", "InvalidEmailRoleAccessPolicy", "InvalidSmsRoleAccessPolicy",
                    "InvalidSmsRoleTrustRelationship", "InvalidUserPoolConfiguration" ->
                Reason.MISCONFIGURED;
            case "UnexpectedLambda", "InvalidLambdaResponse", "UserLambdaValidation" -> Reason.LAMBDA;
            case "Forbidden" -> Reason.FORBIDDEN;
            default -> Reason.UNAVAILABLE;
        };
    }

    private static Reason invalidParameter(String message) {
        if (message.contains(NO_VERIFIED_CONTACT)) {
            return Reason.NO_VERIFIED_CONTACT;
        }
        if (message.contains("flow not enabled")) {
            return Reason.AUTH_FLOW_NOT_ENABLED;
        }
        return Reason.INVALID_PARAMETER;
    }

    private static Reason notAuthorized(String message) {
        if (message.contains("secret_hash") || message.contains("secret hash") || message.contains("client secret")) {
            return Reason.MISCONFIGURED;
        }
        if (message.contains("flow not enabled")) {
            return Reason.AUTH_FLOW_NOT_ENABLED;
        }
        if (message.contains("session is expired") || message.contains("invalid session")) {
            return Reason.SESSION_EXPIRED;
        }
        if (message.contains("password attempts exceeded")) {
            return Reason.SIGN_IN_LOCKED;
        }
        if (message.contains("attempts exceeded")) {
            return Reason.LIMIT_EXCEEDED;
        }
        if (message.contains("disabled")) {
            return Reason.USER_DISABLED;
        }
        return Reason.NOT_AUTHORIZED;
    }

}

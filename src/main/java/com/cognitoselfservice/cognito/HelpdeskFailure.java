package com.cognitoselfservice.cognito;

import java.util.Locale;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * A failed admin call, as the helpdesk page explains it: a message key per documented
 * error of AdminResetUserPassword and AdminSetUserPassword, and whether the fix is to
 * verify the user's email.
 */
public final class HelpdeskFailure extends RuntimeException {

    private static final String NO_VERIFIED_CONTACT = "no registered/verified email or phone_number";

    private final String errorCode;

    private final String messageKey;

    private HelpdeskFailure(String errorCode, String messageKey, Throwable cause) {
        super(errorCode, cause, false, false);
        this.errorCode = errorCode;
        this.messageKey = messageKey;
    }

    static HelpdeskFailure of(SdkException ex) {
        if (!(ex instanceof AwsServiceException service) || service.awsErrorDetails() == null) {
            return new HelpdeskFailure("ClientError", "helpdesk.error.Unavailable", ex);
        }
        String code = String.valueOf(service.awsErrorDetails().errorCode()).replaceFirst("Exception$", "");
        String message = String.valueOf(service.awsErrorDetails().errorMessage()).toLowerCase(Locale.ROOT);
        String key = switch (code) {
            case "InvalidParameter" -> message.contains(NO_VERIFIED_CONTACT) ? "helpdesk.error.NoVerifiedContact"
                    : (message.contains("password") ? "helpdesk.error.InvalidPassword"
                            : "helpdesk.error.InvalidParameter");
            case "NotAuthorized" -> message.contains("current state") ? "helpdesk.error.NotAuthorized.state"
                    : "helpdesk.error.NotAuthorized";
            case "InternalError", "InvalidEmailRoleAccessPolicy", "InvalidLambdaResponse", "InvalidSmsRoleAccessPolicy",
                    "InvalidSmsRoleTrustRelationship", "LimitExceeded", "ResourceNotFound", "TooManyRequests",
                    "UnexpectedLambda", "UserLambdaValidation", "UserNotFound", "InvalidPassword",
                    "PasswordHistoryPolicyViolation" ->
                "helpdesk.error." + code;
            default -> "helpdesk.error.Unavailable";
        };
        return new HelpdeskFailure(code, key, ex);
    }

    public String errorCode() {
        return errorCode;
    }

    public String messageKey() {
        return messageKey;
    }

    /**
     * Cognito refused to reset because the user has no verified email or phone: the
     * seed's fix applies.
     */
    public boolean needsVerifiedContact() {
        return "helpdesk.error.NoVerifiedContact".equals(messageKey);
    }

}

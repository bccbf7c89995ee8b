package com.cognitoselfservice.cognito;

import java.util.Locale;
import java.util.Set;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

import com.cognitoselfservice.cognito.CognitoFailure.Reason;

/**
 * A failed admin call, as the console explains it: a message key per documented error of
 * AdminGetUser, AdminResetUserPassword and AdminSetUserPassword, whether the user is
 * missing, and whether the fix is to verify the user's email. What an error means is read
 * as for the user flows ({@link CognitoErrors}).
 */
public final class AdminFailure extends RuntimeException {

    private static final Set<String> DOCUMENTED = Set.of("InternalError", "InvalidEmailRoleAccessPolicy",
            "InvalidLambdaResponse", "InvalidSmsRoleAccessPolicy", "InvalidSmsRoleTrustRelationship", "LimitExceeded",
            "ResourceNotFound", "TooManyRequests", "UnexpectedLambda", "UserLambdaValidation", "UserNotFound",
            "InvalidPassword", "PasswordHistoryPolicyViolation");

    private final String errorCode;

    private final String messageKey;

    private final Reason reason;

    private AdminFailure(String errorCode, String messageKey, Reason reason, Throwable cause) {
        super(errorCode, cause, false, false);
        this.errorCode = errorCode;
        this.messageKey = messageKey;
        this.reason = reason;
    }

    static AdminFailure of(SdkException ex) {
        if (!(ex instanceof AwsServiceException service) || service.awsErrorDetails() == null) {
            return new AdminFailure("ClientError", "admin.error.Unavailable", Reason.UNAVAILABLE, ex);
        }
        String code = String.valueOf(service.awsErrorDetails().errorCode()).replaceFirst("Exception$", "");
        String message = String.valueOf(service.awsErrorDetails().errorMessage()).toLowerCase(Locale.ROOT);
        Reason reason = CognitoErrors.reason(code, message);
        String key = switch (code) {
            case "InvalidParameter" -> (reason == Reason.NO_VERIFIED_CONTACT) ? "admin.error.NoVerifiedContact"
                    : (message.contains("password") ? "admin.error.InvalidPassword" : "admin.error.InvalidParameter");
            case "NotAuthorized" ->
                message.contains("current state") ? "admin.error.NotAuthorized.state" : "admin.error.NotAuthorized";
            default -> DOCUMENTED.contains(code) ? "admin.error." + code : "admin.error.Unavailable";
        };
        return new AdminFailure(code, key, reason, ex);
    }

    public String errorCode() {
        return errorCode;
    }

    public String messageKey() {
        return messageKey;
    }

    /** There is no such user in the pool. */
    public boolean isUserNotFound() {
        return reason == Reason.USER_NOT_FOUND;
    }

    /**
     * Cognito refused to reset because the user has no verified email or phone: the
     * seed's fix applies.
     */
    public boolean needsVerifiedContact() {
        return reason == Reason.NO_VERIFIED_CONTACT;
    }

}

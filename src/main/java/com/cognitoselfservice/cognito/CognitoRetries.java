package com.cognitoselfservice.cognito;

import java.net.ConnectException;

import software.amazon.awssdk.core.exception.SdkException;

/**
 * When a failed call may be made again: only where repeating it is harmless. A request
 * that never reached Cognito (the connection could not be made) may always be repeated; a
 * sign-out or a new sign-in may be repeated after Cognito failed or took too long. A
 * ForgotPassword that may have reached Cognito is never repeated (it could send a second
 * code the person did not ask for), nor a ConfirmForgotPassword, a ChangePassword or an
 * answer to a challenge (the first may have used the code, changed the password or spent
 * the session, and the repeat would then report a failure). Throttling is never answered
 * with more calls.
 */
final class CognitoRetries {

    private final int maxAttempts;

    CognitoRetries(int maxAttempts) {
        this.maxAttempts = Math.max(1, maxAttempts);
    }

    boolean mayRepeat(CognitoOperation operation, int attemptsMade, SdkException failure, RuntimeException meaning) {
        if (attemptsMade >= maxAttempts || !(meaning instanceof CognitoUnavailable outage)
                || outage.isMisconfiguration()) {
            return false;
        }
        return neverSent(failure) || operation.isHarmlessToRepeat();
    }

    private static boolean neverSent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // Apache's connect timeout and refused connection both end in a
            // ConnectException.
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

}

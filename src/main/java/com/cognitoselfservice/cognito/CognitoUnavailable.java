package com.cognitoselfservice.cognito;

import org.jspecify.annotations.Nullable;

/**
 * Cognito cannot be used at all: it or the network failed (try again later), or the
 * operator's configuration is wrong (pool, app client, secret, roles; the log says
 * which). No form can show this; the error pages do.
 */
public final class CognitoUnavailable extends RuntimeException {

    private final CognitoFailure.Reason reason;

    private final String errorCode;

    CognitoUnavailable(CognitoFailure.Reason reason, String errorCode, @Nullable Throwable cause) {
        super(errorCode + " -> " + reason, cause, false, false);
        this.reason = reason;
        this.errorCode = errorCode;
    }

    /** The operator's settings are wrong: trying again will not help. */
    public boolean isMisconfiguration() {
        return reason == CognitoFailure.Reason.MISCONFIGURED;
    }

    /** The circuit breaker refused the call: nothing was sent. */
    boolean isCircuitOpen() {
        return errorCode.equals(CognitoBreaker.OPEN);
    }

    public CognitoFailure.Reason reason() {
        return reason;
    }

    public String errorCode() {
        return errorCode;
    }

}

package com.cognitoselfservice.ses;

/**
 * SES did not take an email. Throttling and SES's own failures are worth trying again
 * later; a refusal (an unverified sender, a bad address) is not.
 */
public class EmailNotSent extends RuntimeException {

    private final boolean worthRetrying;

    EmailNotSent(String errorCode, boolean worthRetrying, Throwable cause) {
        super(errorCode, cause, false, false);
        this.worthRetrying = worthRetrying;
    }

    public boolean isWorthRetrying() {
        return worthRetrying;
    }

    /** SES's error code, or the kind of failure; never the message or its recipient. */
    public String errorCode() {
        return getMessage();
    }

}

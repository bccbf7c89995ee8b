package com.cognitoselfservice.abuse;

import java.time.Duration;

/**
 * A request over one of the abuse limits; the user may try again after
 * {@link #retryAfter()}.
 */
public final class RateLimitedException extends RuntimeException {

    private final Duration retryAfter;

    RateLimitedException(Duration retryAfter) {
        super("rate limited for " + retryAfter, null, false, false);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, never below one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

}

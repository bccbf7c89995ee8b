package com.cognitoselfservice.abuse;

import java.time.Duration;

import com.cognitoselfservice.refusal.TryLater;

/**
 * A request over one of the abuse limits; the user may try again after
 * {@link #retryAfter()}.
 */
public final class RateLimitedException extends TryLater {

    RateLimitedException(Duration retryAfter) {
        super("limits.tryAgainIn", retryAfter);
    }

}

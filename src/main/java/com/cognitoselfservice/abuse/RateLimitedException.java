package com.cognitoselfservice.abuse;

import java.time.Duration;
import java.util.Optional;

import com.cognitoselfservice.refusal.Refusal;

/**
 * A request over one of the abuse limits; the user may try again after
 * {@link #retryAfter()}.
 */
public final class RateLimitedException extends Refusal {

    private final Duration retryAfter;

    RateLimitedException(Duration retryAfter) {
        super("limits.tryAgainIn", null, null);
        this.retryAfter = retryAfter;
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] { retryAfterSeconds() };
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }

}

package com.cognitoselfservice.refusal;

import java.time.Duration;
import java.util.Optional;

/**
 * A refusal that time lifts: a limit or a cooldown. The page says in how many seconds to
 * try again (the message's one argument), and so does {@code Retry-After}.
 */
public abstract class TryLater extends Refusal {

    private final Duration wait;

    protected TryLater(String messageKey, Duration wait) {
        super(messageKey, null, null);
        this.wait = wait;
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
        return Optional.of(wait);
    }

}

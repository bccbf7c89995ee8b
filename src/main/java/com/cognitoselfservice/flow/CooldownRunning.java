package com.cognitoselfservice.flow;

import java.time.Duration;
import java.util.Optional;

import com.cognitoselfservice.refusal.Refusal;

/** Another code was asked for before the cooldown since the last one ended. */
final class CooldownRunning extends Refusal {

    private final Duration left;

    CooldownRunning(Duration left) {
        super("confirm-code.resend.wait", null, null);
        this.left = left;
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
        return Optional.of(left);
    }

}

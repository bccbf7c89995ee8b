package com.cognitoselfservice.refusal;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A request the app turns down in a way the person can act on: what to tell them (a
 * message key with its arguments, next to a field or above the form), the HTTP status the
 * page answers with and, for a limit, when to try again. Rate limits and Cognito's
 * refusals are both this, so a form handles them in one place.
 */
public abstract class Refusal extends RuntimeException {

    private final String messageKey;

    private final @Nullable String field;

    protected Refusal(String messageKey, @Nullable String field, @Nullable Throwable cause) {
        super(messageKey, cause, false, false);
        this.messageKey = messageKey;
        this.field = field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The form field the message belongs next to; none for a message above the form. */
    public @Nullable String field() {
        return field;
    }

    /** Arguments of the message; message keys resolve nested. */
    public Object[] messageArguments() {
        return new Object[0];
    }

    /** 400 for what the person can correct, 429 for a limit. */
    public int status() {
        return 400;
    }

    /** How long until trying again can succeed, for a limit. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    /**
     * {@link #retryAfter()} in whole seconds, rounded up, never below one; zero without
     * one.
     */
    public long retryAfterSeconds() {
        return retryAfter().map((wait) -> Math.max(1, (wait.toMillis() + 999) / 1000)).orElse(0L);
    }

}

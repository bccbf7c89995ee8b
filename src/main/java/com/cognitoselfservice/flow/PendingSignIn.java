package com.cognitoselfservice.flow;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.cognitoselfservice.cognito.SignInChallenge;

/**
 * A sign-in waiting for the user to answer Cognito's challenge. The id goes into the page
 * so that a submit from an older tab is recognised; Cognito's session never does.
 */
public record PendingSignIn(String id, SignInChallenge challenge, Instant issuedAt, String typedUsername,
        boolean helpdesk) implements Serializable {

    public static PendingSignIn of(SignInChallenge challenge, Instant issuedAt, String typedUsername) {
        return new PendingSignIn(UUID.randomUUID().toString(), challenge, issuedAt, typedUsername, false);
    }

    /** A helpdesk person's own sign-in to the console. */
    public static PendingSignIn helpdesk(SignInChallenge challenge, Instant issuedAt, String typedUsername) {
        return new PendingSignIn(UUID.randomUUID().toString(), challenge, issuedAt, typedUsername, true);
    }

    public Instant deadline(Duration validity) {
        return issuedAt.plus(validity);
    }

    public boolean isExpired(Instant now, Duration validity) {
        return !now.isBefore(deadline(validity));
    }

    /** Whole seconds left, rounded down, never below zero. */
    public long secondsLeft(Instant now, Duration validity) {
        return Math.max(0, Duration.between(now, deadline(validity)).toSeconds());
    }

}

package com.cognitoselfservice.signin;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.cognitoselfservice.cognito.SignInChallenge;
import com.cognitoselfservice.sharedstore.KeptInSession;

/**
 * A sign-in waiting for the person to answer Cognito's challenge, held in the session.
 * The id goes into the page so that a submit from an older tab is recognised; Cognito's
 * session never does.
 */
@KeptInSession
public record PendingSignIn(String id, SignInChallenge challenge, Instant issuedAt, String typedUsername,
        SignInPurpose purpose) implements Serializable {

    static PendingSignIn of(SignInChallenge challenge, Instant issuedAt, String typedUsername, SignInPurpose purpose) {
        return new PendingSignIn(UUID.randomUUID().toString(), challenge, issuedAt, typedUsername, purpose);
    }

    Instant deadline(Duration validity) {
        return issuedAt.plus(validity);
    }

    boolean isExpired(Instant now, Duration validity) {
        return !now.isBefore(deadline(validity));
    }

    /** Whole seconds left, rounded down, never below zero. */
    long secondsLeft(Instant now, Duration validity) {
        return Math.max(0, Duration.between(now, deadline(validity)).toSeconds());
    }

}

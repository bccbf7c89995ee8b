package com.cognitoselfservice.signin;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.cognitoselfservice.cognito.SignInChallenge;
import com.cognitoselfservice.sharedstore.KeptInSession;

/**
 * A sign-in waiting for the person to answer Cognito's challenge, held in the session.
 * The id goes into the page so that a submit from an older tab is recognised; Cognito's
 * session never does. For MFA_SETUP it also holds the authenticator's key once Cognito
 * gave it (sealed with the rest in a shared store, never in a page's address), and
 * whether the new password was set already (after NEW_PASSWORD_REQUIRED) or is still to
 * be changed once signed in.
 */
@KeptInSession
public record PendingSignIn(String id, SignInChallenge challenge, Instant issuedAt, String typedUsername,
        SignInPurpose purpose, @Nullable String authenticatorKey, boolean passwordSet) implements Serializable {

    static PendingSignIn of(SignInChallenge challenge, Instant issuedAt, String typedUsername, SignInPurpose purpose) {
        return new PendingSignIn(UUID.randomUUID().toString(), challenge, issuedAt, typedUsername, purpose, null,
                false);
    }

    /**
     * The next challenge of the same sign-in, with its own validity; whether the new
     * password is set by now.
     */
    PendingSignIn next(SignInChallenge following, Instant now, boolean passwordSetByNow) {
        return new PendingSignIn(UUID.randomUUID().toString(), following, now, typedUsername, purpose, null,
                passwordSetByNow);
    }

    /** The same challenge with the authenticator's key, under Cognito's next session. */
    PendingSignIn withAuthenticator(String key, SignInChallenge associated) {
        return new PendingSignIn(id, associated, issuedAt, typedUsername, purpose, key, passwordSet);
    }

    @Override
    public String toString() {
        return "PendingSignIn[" + id + ", " + challenge + ", " + purpose + "]";
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

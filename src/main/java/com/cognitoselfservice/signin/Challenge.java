package com.cognitoselfservice.signin;

import java.util.List;

/**
 * A held sign-in challenge that may still be answered, as a page gets it: who signed in,
 * the id the form carries, and the time left of its validity.
 */
public record Challenge(PendingSignIn pending, long secondsLeft, long validityMinutes) {

    public String id() {
        return pending.id();
    }

    /** The username as the person typed it. */
    public String username() {
        return pending.typedUsername();
    }

    /** Cognito's name of the challenge, e.g. {@code SMS_MFA}. */
    public String name() {
        return pending.challenge().nameAsString();
    }

    /** Whether the new password is set already, so only the sign-in is left. */
    public boolean passwordSet() {
        return pending.passwordSet();
    }

    /** Whether the person signs in without a password, and chooses a first one here. */
    public boolean withoutPassword() {
        return pending.challenge().withoutPassword();
    }

    /** The factors a SELECT_MFA_TYPE challenge offers, as Cognito names them. */
    public List<String> choices() {
        return pending.challenge().choices();
    }

    public List<String> requiredAttributes() {
        return pending.challenge().requiredAttributes();
    }

}

package com.cognitoselfservice.flow;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.cognitoselfservice.cognito.CodeDelivery;
import com.cognitoselfservice.sharedstore.KeptInSession;

/**
 * A forgot-password flow in progress: whose password, where the last code went and when,
 * and, when the account had all the codes it may get for a while, when the next may be
 * sent.
 */
@KeptInSession
public record ResetFlow(String username, @Nullable CodeDelivery delivery, @Nullable Instant codeSentAt,
        @Nullable Instant nextCodeAt) implements Serializable {

    public static ResetFlow codeSent(String username, CodeDelivery delivery, Instant at) {
        return new ResetFlow(username, delivery, at, null);
    }

    /** The user already has a code, e.g. the one AdminResetUserPassword sent. */
    public static ResetFlow codeAlreadyHeld(String username) {
        return new ResetFlow(username, null, null, null);
    }

    /**
     * Codes were sent for this account a short while ago, as many as it may get: the
     * newest is to be used, and another may be sent at {@code nextCodeAt}.
     */
    public static ResetFlow codesSentEarlier(String username, Instant nextCodeAt) {
        return new ResetFlow(username, null, null, nextCodeAt);
    }

    public ResetFlow withCodeSent(CodeDelivery newDelivery, Instant at) {
        return new ResetFlow(username, newDelivery, at, null);
    }

    /** Whether the page should say that codes went out earlier. */
    public boolean sentEarlier() {
        return delivery == null && nextCodeAt != null;
    }

    /** How long until another code may be sent; zero when one may be sent now. */
    public Duration cooldownLeft(Instant now, Duration cooldown) {
        Duration left = Duration.ZERO;
        if (codeSentAt != null) {
            left = Duration.between(now, codeSentAt.plus(cooldown));
        }
        if (nextCodeAt != null && Duration.between(now, nextCodeAt).compareTo(left) > 0) {
            left = Duration.between(now, nextCodeAt);
        }
        return left.isNegative() ? Duration.ZERO : left;
    }

}

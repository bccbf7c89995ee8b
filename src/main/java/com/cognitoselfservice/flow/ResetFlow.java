package com.cognitoselfservice.flow;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.cognitoselfservice.cognito.CodeDelivery;

/**
 * A forgot-password flow in progress: whose password, where the last code went and when,
 * and where to send the user back to at the end (already checked against the allow-list).
 */
public record ResetFlow(String username, @Nullable CodeDelivery delivery, @Nullable Instant codeSentAt,
        @Nullable String returnTo) implements Serializable {

    public static ResetFlow codeSent(String username, CodeDelivery delivery, Instant at, @Nullable String returnTo) {
        return new ResetFlow(username, delivery, at, returnTo);
    }

    /** The user already has a code, e.g. the one AdminResetUserPassword sent. */
    public static ResetFlow codeAlreadyHeld(String username, @Nullable String returnTo) {
        return new ResetFlow(username, null, null, returnTo);
    }

    public ResetFlow withCodeSent(CodeDelivery newDelivery, Instant at) {
        return new ResetFlow(username, newDelivery, at, returnTo);
    }

    /** How long until another code may be sent; zero when one may be sent now. */
    public Duration cooldownLeft(Instant now, Duration cooldown) {
        if (codeSentAt == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, codeSentAt.plus(cooldown));
        return left.isNegative() ? Duration.ZERO : left;
    }

}

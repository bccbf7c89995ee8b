package com.cognitoselfservice.flow;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import com.cognitoselfservice.cognito.CodeDelivery;

/**
 * A forgot-password flow in progress: whose password, and where the last code went and
 * when.
 */
public record ResetFlow(String username, @Nullable CodeDelivery delivery,
        @Nullable Instant codeSentAt) implements Serializable {

    public static ResetFlow codeSent(String username, CodeDelivery delivery, Instant at) {
        return new ResetFlow(username, delivery, at);
    }

    /** The user already has a code, e.g. the one AdminResetUserPassword sent. */
    public static ResetFlow codeAlreadyHeld(String username) {
        return new ResetFlow(username, null, null);
    }

    public ResetFlow withCodeSent(CodeDelivery newDelivery, Instant at) {
        return new ResetFlow(username, newDelivery, at);
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

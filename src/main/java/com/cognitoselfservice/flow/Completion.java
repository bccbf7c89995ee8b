package com.cognitoselfservice.flow;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

import com.cognitoselfservice.sharedstore.KeptInSession;

/**
 * Which flow just ended and for whom, handed to the done page (as a flash attribute) for
 * its message and what it posts to an embedding product.
 */
@KeptInSession
public record Completion(Outcome outcome, @Nullable String username) implements Serializable {

    /** The flash attribute {@code /done} reads. */
    public static final String ATTRIBUTE = "completion";

    /** How the flow ended, and the message type an embedding product receives. */
    public enum Outcome {

        PASSWORD_RESET("password-reset:done"), PASSWORD_CHANGED("password-changed");

        private final String embedMessage;

        Outcome(String embedMessage) {
            this.embedMessage = embedMessage;
        }

        public String embedMessage() {
            return embedMessage;
        }

    }

}

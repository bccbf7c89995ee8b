package com.cognitoselfservice.confirm;

import java.io.Serializable;

/** What asking for another code did, as a message key and the seconds it may mention. */
public record ResendOutcome(String key, long seconds) implements Serializable {

    public boolean sent() {
        return "confirm-code.resend.sent".equals(key);
    }

}

package com.cognitoselfservice.confirm;

import java.io.Serializable;

import com.cognitoselfservice.refusal.Refusal;
import com.cognitoselfservice.sharedstore.KeptInSession;

/** What asking for another code did, as a message key and the seconds it may mention. */
@KeptInSession
public record ResendOutcome(String key, long seconds, boolean sent) implements Serializable {

    static ResendOutcome codeSent() {
        return new ResendOutcome("confirm-code.resend.sent", 0, true);
    }

    /** Not sent: the cooldown still runs, a limit was reached or Cognito refused. */
    static ResendOutcome refused(Refusal refusal) {
        return new ResendOutcome(refusal.messageKey(), refusal.retryAfterSeconds(), false);
    }

}

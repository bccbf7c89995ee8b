package com.cognitoselfservice.abuse;

import java.time.Duration;

import com.cognitoselfservice.refusal.TryLater;

/** The deployment's Cognito budget is spent for this second: many people at once. */
public final class CognitoBusy extends TryLater {

    CognitoBusy(Duration retryAfter) {
        super("limits.busy", retryAfter);
    }

}

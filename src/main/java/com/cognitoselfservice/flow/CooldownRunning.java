package com.cognitoselfservice.flow;

import java.time.Duration;

import com.cognitoselfservice.refusal.TryLater;

/** Another code was asked for before the cooldown since the last one ended. */
final class CooldownRunning extends TryLater {

    CooldownRunning(Duration left) {
        super("confirm-code.resend.wait", left);
    }

}

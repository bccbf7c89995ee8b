package com.cognitoselfservice.session;

import java.time.Duration;

import com.cognitoselfservice.refusal.TryLater;

/** The client's address holds as many open flows as one address may. */
final class TooManyFlows extends TryLater {

    TooManyFlows(Duration wait) {
        super("limits.flows", wait);
    }

}

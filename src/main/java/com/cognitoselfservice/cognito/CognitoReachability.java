package com.cognitoselfservice.cognito;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether Cognito answered lately, as the user flows found it, for the health endpoint:
 * down only after several calls in a row could not reach it (one failure is weather, not
 * an outage). An answer that refuses the person (a wrong code, say) counts as reached.
 * Not part of readiness: an instance cannot fix Cognito by being taken out of the pool.
 */
@Component("cognito")
public class CognitoReachability implements HealthIndicator {

    static final int FAILURES_BEFORE_DOWN = 3;

    private final Clock clock;

    private final AtomicInteger failuresInARow = new AtomicInteger();

    private final AtomicReference<@Nullable Instant> lastAnswer = new AtomicReference<>();

    private final AtomicReference<@Nullable String> lastFailure = new AtomicReference<>();

    CognitoReachability(Clock clock) {
        this.clock = clock;
    }

    void answered() {
        failuresInARow.set(0);
        lastAnswer.set(clock.instant());
    }

    void unreachable(String errorCode) {
        failuresInARow.incrementAndGet();
        lastFailure.set(errorCode);
    }

    @Override
    public Health health() {
        int failures = failuresInARow.get();
        Health.Builder health = (failures >= FAILURES_BEFORE_DOWN) ? Health.down()
                : (lastAnswer.get() != null) ? Health.up() : Health.unknown();
        health.withDetail("failuresInARow", failures);
        Instant answer = lastAnswer.get();
        if (answer != null) {
            health.withDetail("lastAnswer", answer.toString());
        }
        String failure = lastFailure.get();
        if (failure != null) {
            health.withDetail("lastFailure", failure);
        }
        return health.build();
    }

}

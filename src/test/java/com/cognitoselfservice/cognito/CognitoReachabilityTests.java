package com.cognitoselfservice.cognito;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class CognitoReachabilityTests {

    final CognitoReachability reachability = new CognitoReachability(
            Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void unknownUntilCognitoAnswersThenUp() {
        assertThat(reachability.health().getStatus()).isEqualTo(Status.UNKNOWN);

        reachability.answered();

        assertThat(reachability.health().getStatus()).isEqualTo(Status.UP);
        assertThat(reachability.health().getDetails()).containsEntry("lastAnswer", "2026-11-30T10:00:00Z");
    }

    @Test
    void downOnlyAfterSeveralCallsInARowFailedAndUpAgainAtTheNextAnswer() {
        reachability.answered();
        for (int i = 1; i < CognitoReachability.FAILURES_BEFORE_DOWN; i++) {
            reachability.unreachable("SdkClientException");
            assertThat(reachability.health().getStatus()).isEqualTo(Status.UP);
        }

        reachability.unreachable("InternalErrorException");

        assertThat(reachability.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(reachability.health().getDetails()).containsEntry("lastFailure", "InternalErrorException")
            .containsEntry("failuresInARow", CognitoReachability.FAILURES_BEFORE_DOWN);
        reachability.answered();
        assertThat(reachability.health().getStatus()).isEqualTo(Status.UP);
    }

}

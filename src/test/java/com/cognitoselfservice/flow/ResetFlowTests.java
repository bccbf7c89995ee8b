package com.cognitoselfservice.flow;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;

import com.cognitoselfservice.cognito.CodeDelivery;

import static org.assertj.core.api.Assertions.assertThat;

class ResetFlowTests {

    static final Instant SENT = Instant.parse("2026-01-01T10:00:00Z");

    final ResetFlow flow = ResetFlow.codeSent("ana", new CodeDelivery("a***@e***.com", DeliveryMediumType.EMAIL), SENT);

    @Test
    void cooldownCountsDownFromTheLastSend() {
        assertThat(flow.cooldownLeft(SENT.plusSeconds(15), Duration.ofSeconds(60))).hasSeconds(45);
        assertThat(flow.cooldownLeft(SENT.plusSeconds(60), Duration.ofSeconds(60))).isZero();
        assertThat(flow.cooldownLeft(SENT.plusSeconds(600), Duration.ofSeconds(60))).isZero();
    }

    @Test
    void aHeldCodeNeedsNoCooldown() {
        assertThat(ResetFlow.codeAlreadyHeld("ana").cooldownLeft(SENT, Duration.ofSeconds(60))).isZero();
    }

    @Test
    void resendingKeepsTheUser() {
        ResetFlow held = ResetFlow.codeAlreadyHeld("ana");

        ResetFlow resent = held.withCodeSent(new CodeDelivery("a***@e***.com", DeliveryMediumType.EMAIL), SENT);

        assertThat(resent.username()).isEqualTo("ana");
        assertThat(resent.codeSentAt()).isEqualTo(SENT);
    }

}

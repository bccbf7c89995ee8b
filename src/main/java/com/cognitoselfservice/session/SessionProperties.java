package com.cognitoselfservice.session;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Server-side sessions exist only while a flow runs; these bound how many and how long
 * ({@code RESET_SESSIONS_*}): flows, sign-ins waiting for a challenge's answer and admin
 * sessions each up to their own maximum, and at most {@code perAddress} open flows and
 * sign-ins from one client address.
 */
@Validated
@ConfigurationProperties("reset.sessions")
public record SessionProperties(@DefaultValue("15m") Duration idleTimeout, @DefaultValue("10000") @Min(1) int maximum,
        @DefaultValue("1000") @Min(1) int maximumChallenges, @DefaultValue("200") @Min(1) int maximumConsoles,
        @DefaultValue("20") @Min(1) int perAddress) {

    int maximumOf(SessionKind kind) {
        return switch (kind) {
            case FLOW -> maximum;
            case CHALLENGE -> maximumChallenges;
            case CONSOLE -> maximumConsoles;
        };
    }

}

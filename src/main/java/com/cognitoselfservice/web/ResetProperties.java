package com.cognitoselfservice.web;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the pages behave: where users may be sent back to, who may frame the pages,
 * cooldowns, how long a sign-in challenge is honoured (Cognito's own validity, 3
 * minutes), limits and session bounds. Bound from the {@code RESET_*} variables of the
 * public contract.
 */
@Validated
@ConfigurationProperties("reset")
public record ResetProperties(@DefaultValue List<String> allowedReturnUrls, @DefaultValue List<String> frameAncestors,
        @Nullable String supportContact, @DefaultValue("60s") Duration resendCooldown,
        @DefaultValue("400ms") Duration forgotPasswordMinimumDuration, @DefaultValue("3m") Duration challengeValidity,
        @Valid @DefaultValue Sessions sessions, @Valid @DefaultValue Limits limits) {

    /**
     * Server-side sessions exist only while a flow runs; these bound how many and how
     * long.
     */
    public record Sessions(@DefaultValue("15m") Duration idleTimeout, @DefaultValue("10000") @Min(1) int maximum) {
    }

    /**
     * Abuse limits, each a number of requests per window per client IP or per username.
     */
    public record Limits(@DefaultValue("15m") Duration window, @DefaultValue("20") @Min(1) int codeSendsPerIp,
            @DefaultValue("5") @Min(1) int codeSendsPerUsername, @DefaultValue("30") @Min(1) int confirmsPerIp,
            @DefaultValue("10") @Min(1) int confirmsPerUsername, @DefaultValue("30") @Min(1) int signInsPerIp,
            @DefaultValue("10") @Min(1) int signInsPerUsername) {
    }

}

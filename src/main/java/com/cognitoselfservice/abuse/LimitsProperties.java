package com.cognitoselfservice.abuse;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Abuse limits, each a number of requests per window per client IP or per username
 * ({@code RESET_LIMITS_*}).
 */
@Validated
@ConfigurationProperties("reset.limits")
public record LimitsProperties(@DefaultValue("15m") Duration window, @DefaultValue("20") @Min(1) int codeSendsPerIp,
        @DefaultValue("5") @Min(1) int codeSendsPerUsername, @DefaultValue("30") @Min(1) int confirmsPerIp,
        @DefaultValue("10") @Min(1) int confirmsPerUsername, @DefaultValue("30") @Min(1) int signInsPerIp,
        @DefaultValue("10") @Min(1) int signInsPerUsername) {

    /** The limits a deployment gets when it sets none. */
    public static LimitsProperties defaults() {
        return new LimitsProperties(Duration.ofMinutes(15), 20, 5, 30, 10, 30, 10);
    }

}

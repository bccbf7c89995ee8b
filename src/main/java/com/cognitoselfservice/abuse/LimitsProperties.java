package com.cognitoselfservice.abuse;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Abuse limits, each a number of requests per window ({@code RESET_LIMITS_*}). Attempts
 * that guess (wrong codes, wrong passwords) count per username and address together, so
 * that nobody elsewhere can use them up for someone else; code sends also count per
 * username alone, against filling an inbox. Live password help, asked for as a password
 * is typed, has limits per minute.
 */
@Validated
@ConfigurationProperties("reset.limits")
public record LimitsProperties(@DefaultValue("15m") Duration window, @DefaultValue("20") @Min(1) int codeSendsPerIp,
        @DefaultValue("5") @Min(1) int codeSendsPerUsername, @DefaultValue("30") @Min(1) int confirmsPerIp,
        @DefaultValue("10") @Min(1) int confirmsPerUsername, @DefaultValue("30") @Min(1) int signInsPerIp,
        @DefaultValue("10") @Min(1) int signInsPerUsername, @DefaultValue("30") @Min(1) int sessionStartsPerIp,
        @DefaultValue("20") @Min(1) int consoleSignInsPerIp, @DefaultValue("5") @Min(1) int consoleSignInsPerUsername,
        @DefaultValue("120") @Min(1) int passwordHelpPerIpPerMinute,
        @DefaultValue("60") @Min(1) int passwordHelpPerSessionPerMinute) {

    /** The limits a deployment gets when it sets none. */
    public static LimitsProperties defaults() {
        return new LimitsProperties(Duration.ofMinutes(15), 20, 5, 30, 10, 30, 10, 30, 20, 5, 120, 60);
    }

}

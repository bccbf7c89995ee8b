package com.cognitoselfservice.session;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Server-side sessions exist only while a flow runs; these bound how many and how long
 * ({@code RESET_SESSIONS_IDLE_TIMEOUT}, {@code RESET_SESSIONS_MAXIMUM}).
 */
@Validated
@ConfigurationProperties("reset.sessions")
public record SessionProperties(@DefaultValue("15m") Duration idleTimeout, @DefaultValue("10000") @Min(1) int maximum) {

}

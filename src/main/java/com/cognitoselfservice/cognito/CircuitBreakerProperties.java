package com.cognitoselfservice.cognito;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * When Cognito is taken to be down ({@code COGNITO_CIRCUIT_BREAKER_*}): of the last
 * {@code window} calls, at least {@code minimumCalls} made and {@code failureRate}
 * percent failed by a timeout, a lost connection or a 5xx; then for {@code openFor} every
 * call is answered at once with the try-again page, after which a few calls probe.
 */
@Validated
@ConfigurationProperties("cognito.circuit-breaker")
public record CircuitBreakerProperties(@DefaultValue("20") @Min(2) int window,
        @DefaultValue("10") @Min(1) int minimumCalls, @DefaultValue("50") @Min(1) @Max(100) int failureRate,
        @DefaultValue("30s") Duration openFor) {

}

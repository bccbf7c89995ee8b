package com.cognitoselfservice.cognito;

import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;

import com.cognitoselfservice.refusal.Refusal;

/**
 * A circuit breaker around Cognito (Resilience4j): after sustained timeouts, lost
 * connections and 5xx answers, calls fail at once with the try-again page instead of each
 * waiting out its timeout, and a few probe again later. Cognito's answers to the person
 * (a wrong code, a wrong password) are answers, not failures; a refusal of our own (the
 * budget) is neither.
 */
final class CognitoBreaker {

    static final String OPEN = "CircuitOpen";

    private final CircuitBreaker breaker;

    CognitoBreaker(String name, CircuitBreakerProperties properties) {
        this.breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(properties.window())
            .minimumNumberOfCalls(Math.min(properties.minimumCalls(), properties.window()))
            .failureRateThreshold(properties.failureRate())
            .waitDurationInOpenState(properties.openFor())
            .permittedNumberOfCallsInHalfOpenState(3)
            .recordException((failure) -> failure instanceof CognitoUnavailable outage && !outage.isMisconfiguration())
            .ignoreExceptions(Refusal.class)
            .build());
        Gauge
            .builder("reset.cognito.circuit.open", breaker,
                    (circuit) -> (circuit.getState() == CircuitBreaker.State.OPEN) ? 1 : 0)
            .tag("calls", name)
            .register(Metrics.globalRegistry);
    }

    <T> T call(Supplier<T> call) {
        try {
            return breaker.executeSupplier(call);
        }
        catch (CallNotPermittedException ex) {
            throw new CognitoUnavailable(CognitoFailure.Reason.UNAVAILABLE, OPEN, null);
        }
    }

}

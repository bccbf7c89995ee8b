package com.cognitoselfservice.cognito;

import java.util.Locale;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger log = LoggerFactory.getLogger(CognitoBreaker.class);

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
        breaker.getEventPublisher()
            .onStateTransition((event) -> log.warn("Cognito circuit breaker for the {} calls: {}", name,
                    describe(event.getStateTransition().getToState(), properties)));
        Gauge
            .builder("reset.cognito.circuit.open", breaker,
                    (circuit) -> (circuit.getState() == CircuitBreaker.State.OPEN) ? 1 : 0)
            .tag("calls", name)
            .register(Metrics.globalRegistry);
    }

    private static String describe(CircuitBreaker.State state, CircuitBreakerProperties properties) {
        return switch (state) {
            case OPEN -> "open, calls fail at once with the try-again page for " + properties.openFor();
            case HALF_OPEN -> "half open, a few calls probe whether Cognito answers again";
            case CLOSED -> "closed, Cognito answers again";
            default -> state.toString().toLowerCase(Locale.ROOT);
        };
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

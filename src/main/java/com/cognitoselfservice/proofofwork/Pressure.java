package com.cognitoselfservice.proofofwork;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import com.cognitoselfservice.abuse.AbuseLimits;
import com.cognitoselfservice.abuse.ClientAddress;
import com.cognitoselfservice.abuse.CognitoBudget;

/**
 * How close a request is to being refused: the larger of its address's use of the limit
 * it counts against, and the app's use of this second's Cognito budget. Reading it uses
 * nothing up.
 */
@Component
class Pressure {

    private static final Duration BUDGET_EASES_IN = Duration.ofSeconds(1);

    private final AbuseLimits limits;

    private final CognitoBudget budget;

    Pressure(AbuseLimits limits, CognitoBudget budget) {
        this.limits = limits;
        this.budget = budget;
    }

    /** Read once per request: a form checked and then shown again asks twice. */
    Reading of(Purpose purpose, HttpServletRequest request) {
        String attribute = Reading.class.getName() + "." + purpose;
        if (request.getAttribute(attribute) instanceof Reading read) {
            return read;
        }
        Reading reading = read(purpose, request);
        request.setAttribute(attribute, reading);
        return reading;
    }

    private Reading read(Purpose purpose, HttpServletRequest request) {
        AbuseLimits.Usage address = limits.usageFrom(ClientAddress.of(request), purpose.addressLimit());
        double app = budget.usage(purpose.cognitoOperation());
        return (address.used() >= app) ? new Reading(address.used(), address.easesIn())
                : new Reading(app, BUDGET_EASES_IN);
    }

    /** How much is used, from 0 to 1, and how long until it eases. */
    record Reading(double used, Duration easesIn) {
    }

}

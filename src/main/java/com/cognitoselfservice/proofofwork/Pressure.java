package com.cognitoselfservice.proofofwork;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.cognitoselfservice.abuse.AbuseLimits;
import com.cognitoselfservice.abuse.ClientAddress;
import com.cognitoselfservice.abuse.CognitoBudget;
import com.cognitoselfservice.abuse.CognitoQuota;
import com.cognitoselfservice.session.SessionKind;
import com.cognitoselfservice.session.Sessions;

/**
 * How close a request is to being refused: the larger of its address's use of the limit
 * it counts against, and the app's use of this second's Cognito budget (or, for a flow
 * that costs Cognito nothing, of the store's room for flows). Reading it uses nothing up.
 */
@Component
class Pressure {

    private static final Duration BUDGET_EASES_IN = Duration.ofSeconds(1);

    // A page only offers a challenge, and a sent form is checked against a fresh reading:
    // so a page view may go by one a little old, sparing a fleet's Redis a round trip.
    private static final Duration ADDRESS_GLANCE = Duration.ofSeconds(1);

    private static final Duration BUDGET_GLANCE = Duration.ofMillis(100);

    private final AbuseLimits limits;

    private final CognitoBudget budget;

    private final Cache<String, AbuseLimits.Usage> recentAddresses;

    private final Cache<Purpose, Double> recentBudget;

    private final Sessions sessions;

    @Autowired
    Pressure(AbuseLimits limits, CognitoBudget budget, Sessions sessions) {
        this(limits, budget, sessions, Ticker.systemTicker());
    }

    Pressure(AbuseLimits limits, CognitoBudget budget, Sessions sessions, Ticker ticker) {
        this.limits = limits;
        this.budget = budget;
        this.sessions = sessions;
        this.recentAddresses = Caffeine.newBuilder()
            .ticker(ticker)
            .maximumSize(100_000)
            .expireAfterWrite(ADDRESS_GLANCE)
            .build();
        this.recentBudget = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(BUDGET_GLANCE).build();
    }

    /**
     * Fresh, for checking a form that was sent; read once per request (a form checked and
     * then shown again asks twice). The address's next page view reads afresh, since the
     * form sent may take from its limit.
     */
    Reading of(Purpose purpose, HttpServletRequest request) {
        return once(purpose, request, () -> {
            String address = ClientAddress.of(request);
            recentAddresses.invalidate(addressKey(purpose, address));
            return reading(limits.usageFrom(address, purpose.addressLimit()), appUsage(purpose));
        });
    }

    /** For a page deciding whether to offer a challenge: up to a second old. */
    Reading glance(Purpose purpose, HttpServletRequest request) {
        return once(purpose, request, () -> {
            String address = ClientAddress.of(request);
            return reading(
                    recentAddresses.get(addressKey(purpose, address),
                            (key) -> limits.usageFrom(address, purpose.addressLimit())),
                    recentBudget.get(purpose, this::appUsage));
        });
    }

    // The deployment's share of Cognito's quota, or of the store of flows.
    private double appUsage(Purpose purpose) {
        CognitoQuota quota = purpose.quota();
        return (quota != null) ? budget.usage(quota) : sessions.fill(SessionKind.FLOW);
    }

    private static Reading once(Purpose purpose, HttpServletRequest request, Supplier<Reading> read) {
        String attribute = Reading.class.getName() + "." + purpose;
        if (request.getAttribute(attribute) instanceof Reading earlier) {
            return earlier;
        }
        Reading reading = read.get();
        request.setAttribute(attribute, reading);
        return reading;
    }

    private static String addressKey(Purpose purpose, String address) {
        return purpose.addressLimit() + "|" + address;
    }

    private static Reading reading(AbuseLimits.Usage address, double app) {
        return (address.used() >= app) ? new Reading(address.used(), address.easesIn())
                : new Reading(app, BUDGET_EASES_IN);
    }

    /** How much is used, from 0 to 1, and how long until it eases. */
    record Reading(double used, Duration easesIn) {
    }

}

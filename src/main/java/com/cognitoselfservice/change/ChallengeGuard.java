package com.cognitoselfservice.change;

import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.cognitoselfservice.flow.FlowSessions;
import com.cognitoselfservice.flow.PendingSignIn;
import com.cognitoselfservice.flow.Visit;
import com.cognitoselfservice.web.ResetProperties;

/**
 * Decides whether a held sign-in challenge may still be answered: it must exist, be the
 * one this page was rendered for (a later sign-in in another tab replaces it) and be
 * younger than Cognito's validity. Past that, Cognito is not even called.
 */
@Component
public class ChallengeGuard {

    private final FlowSessions flows;

    private final ResetProperties properties;

    private final Clock clock;

    ChallengeGuard(FlowSessions flows, ResetProperties properties, Clock clock) {
        this.flows = flows;
        this.properties = properties;
        this.clock = clock;
    }

    /** The challenge, or where to send the user instead. */
    public record Checked(@Nullable PendingSignIn pending, @Nullable String redirect) {
    }

    public Checked check(HttpServletRequest request, @Nullable String renderedFor) {
        Optional<PendingSignIn> current = flows.currentSignIn(request);
        if (current.isEmpty()) {
            return new Checked(null, SignInRedirects.signInAgain("restart", "", false, visit(request)));
        }
        PendingSignIn pending = current.get();
        if (pending.isExpired(clock.instant(), properties.challengeValidity())) {
            flows.finishSignIn(request);
            return expired(pending, visit(request));
        }
        if (renderedFor != null && !renderedFor.equals(pending.id())) {
            return new Checked(null, SignInRedirects.signInAgain("restart", pending.typedUsername(), pending.helpdesk(),
                    visit(request)));
        }
        return new Checked(pending, null);
    }

    /** Cognito itself said the session is over: the same as running out of time here. */
    public String expiredByCognito(HttpServletRequest request, PendingSignIn pending) {
        flows.finishSignIn(request);
        return expired(pending, visit(request)).redirect();
    }

    public long secondsLeft(PendingSignIn pending) {
        return pending.secondsLeft(clock.instant(), properties.challengeValidity());
    }

    public long validityMinutes() {
        return properties.challengeValidity().toMinutes();
    }

    private Visit visit(HttpServletRequest request) {
        return flows.visit(request).orElse(Visit.DEFAULT);
    }

    private static Checked expired(PendingSignIn pending, Visit visit) {
        return new Checked(null,
                SignInRedirects.signInAgain("expired", pending.typedUsername(), pending.helpdesk(), visit));
    }

}

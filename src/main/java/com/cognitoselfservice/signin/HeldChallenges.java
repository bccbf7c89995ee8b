package com.cognitoselfservice.signin;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import io.micrometer.core.instrument.Metrics;

import org.springframework.stereotype.Component;

import com.cognitoselfservice.cognito.SignInChallenge;
import com.cognitoselfservice.session.SessionKind;
import com.cognitoselfservice.session.Sessions;

/**
 * Holds a sign-in challenge in the session and decides whether it may still be answered:
 * it must exist, belong to the same sign-in, be the one the page was rendered for (a
 * later sign-in in another tab replaces it) and be younger than Cognito's validity. Past
 * that, Cognito is not even called.
 */
@Component
class HeldChallenges {

    static final String ATTRIBUTE = "pendingSignIn";

    private final Sessions sessions;

    private final Duration validity;

    private final Clock clock;

    HeldChallenges(Sessions sessions, SignInProperties properties, Clock clock) {
        this.sessions = sessions;
        this.validity = properties.challengeValidity();
        this.clock = clock;
    }

    /** Holds a challenge in a new session, replacing an earlier one in this browser. */
    void hold(HttpServletRequest request, SignInChallenge challenge, String username, SignInPurpose purpose) {
        HttpSession session = sessions.start(request, SessionKind.CHALLENGE);
        session.setAttribute(ATTRIBUTE, PendingSignIn.of(challenge, clock.instant(), username, purpose));
        if (challenge.isNewPasswordRequired() || challenge.isCodeChallenge()) {
            Metrics.counter("reset.flows.started", "flow", challenge.isNewPasswordRequired() ? "new-password" : "mfa")
                .increment();
        }
    }

    /**
     * The challenge this request may answer.
     * @param renderedFor the id the submitted form carries; null when none was submitted
     * @throws SignInAgain when it cannot be answered any more
     */
    Challenge answerable(HttpServletRequest request, SignInPurpose purpose, String renderedFor) {
        PendingSignIn pending = pending(request).filter((held) -> held.purpose() == purpose)
            .orElseThrow(() -> new SignInAgain(purpose, SignInAgain.Why.RESTART, ""));
        if (pending.isExpired(clock.instant(), validity)) {
            throw expired(request, pending);
        }
        if (renderedFor != null && !renderedFor.equals(pending.id())) {
            throw new SignInAgain(purpose, SignInAgain.Why.RESTART, pending.typedUsername());
        }
        return new Challenge(pending, pending.secondsLeft(clock.instant(), validity), validityMinutes());
    }

    /** Keeps what changed of the challenge this session holds. */
    void update(HttpServletRequest request, PendingSignIn pending) {
        request.getSession().setAttribute(ATTRIBUTE, pending);
    }

    /** The challenge is over, answered or not. */
    void finish(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    /** Ends the challenge because its time is up, here or by Cognito's word. */
    SignInAgain expired(HttpServletRequest request, PendingSignIn pending) {
        finish(request);
        return new SignInAgain(pending.purpose(), SignInAgain.Why.EXPIRED, pending.typedUsername());
    }

    long validityMinutes() {
        return validity.toMinutes();
    }

    /** The username of the challenge held in this session, if any. */
    Optional<String> username(HttpServletRequest request) {
        return pending(request).map(PendingSignIn::typedUsername);
    }

    private static Optional<PendingSignIn> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return (session != null && session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending)
                ? Optional.of(pending) : Optional.empty();
    }

}

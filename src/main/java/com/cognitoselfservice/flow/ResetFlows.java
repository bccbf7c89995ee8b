package com.cognitoselfservice.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import io.micrometer.core.instrument.Metrics;

import org.springframework.stereotype.Component;

import com.cognitoselfservice.abuse.AbuseLimits;
import com.cognitoselfservice.abuse.ClientAddress;
import com.cognitoselfservice.abuse.CognitoBusy;
import com.cognitoselfservice.cognito.CodeDelivery;
import com.cognitoselfservice.cognito.CognitoGateway;
import com.cognitoselfservice.cognito.CognitoUnavailable;
import com.cognitoselfservice.proofofwork.ProofOfWork;
import com.cognitoselfservice.proofofwork.Purpose;
import com.cognitoselfservice.refusal.Refusal;
import com.cognitoselfservice.session.SessionKind;
import com.cognitoselfservice.session.Sessions;

/**
 * The forgot-password flow: ask for a code, ask again after a cooldown, confirm it with a
 * new password. Each step passes the abuse limits first; the flow lives in the session
 * from the first code to the last step, and the session only then.
 */
@Component
public class ResetFlows {

    static final String ATTRIBUTE = "resetFlow";

    private final CognitoGateway cognito;

    private final AbuseLimits limits;

    private final Sessions sessions;

    private final FlowProperties properties;

    private final Clock clock;

    private final ResponseTimeFloor floor;

    private final ProofOfWork proofOfWork;

    ResetFlows(CognitoGateway cognito, AbuseLimits limits, Sessions sessions, FlowProperties properties, Clock clock,
            ResponseTimeFloor floor, ProofOfWork proofOfWork) {
        this.floor = floor;
        this.proofOfWork = proofOfWork;
        this.cognito = cognito;
        this.limits = limits;
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Sends a code and starts the flow; the answer is ready when the response-time floor
     * has passed, failed with the refusal if there was one. An unknown account takes as
     * long and reads the same. An account that had all the codes it may get for a while
     * gets no more, and the flow goes on with the newest one sent.
     */
    public CompletableFuture<ResetFlow> start(HttpServletRequest request, String username) {
        Sessions.Admitted session;
        try {
            proofOfWork.check(Purpose.CODE_SEND, request);
            session = sessions.admit(request, SessionKind.FLOW);
        }
        catch (Refusal refusal) {
            return CompletableFuture.failedFuture(refusal);
        }
        return floor.atLeast(properties.forgotPasswordMinimumDuration(), () -> {
            limits.checkCodeSendFrom(ClientAddress.of(request));
            Instant now = clock.instant();
            ResetFlow flow = limits.takeCodeSendFor(username)
                .map((wait) -> ResetFlow.codesSentEarlier(username, now.plus(wait)))
                .orElseGet(() -> ResetFlow.codeSent(username, sendCode(username), now));
            save(session.start(), flow);
            Metrics.counter("reset.flows.started", "flow", "forgot").increment();
            return flow;
        });
    }

    /**
     * Starts the flow for someone who already holds a code, e.g. from an admin's reset.
     * It costs Cognito nothing, but takes a place in the store: once the store fills up,
     * it asks for work as a code request does.
     */
    public void startWithCodeHeld(HttpServletRequest request, String username) {
        proofOfWork.check(Purpose.FLOW_START, request);
        save(sessions.start(request, SessionKind.FLOW), ResetFlow.codeAlreadyHeld(username));
    }

    public Optional<ResetFlow> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return (session != null && session.getAttribute(ATTRIBUTE) instanceof ResetFlow flow) ? Optional.of(flow)
                : Optional.empty();
    }

    /**
     * Sends another code once the cooldown is over, and returns the flow as it now is.
     */
    public ResetFlow resend(HttpServletRequest request, ResetFlow flow) {
        Duration left = flow.cooldownLeft(clock.instant(), properties.resendCooldown());
        if (!left.isZero()) {
            throw new CooldownRunning(left);
        }
        proofOfWork.check(Purpose.CODE_SEND, request);
        limits.checkCodeSendFrom(ClientAddress.of(request));
        limits.takeCodeSendFor(flow.username()).ifPresent((wait) -> {
            throw new CooldownRunning(wait);
        });
        ResetFlow updated = flow.withCodeSent(sendCode(flow.username()), clock.instant());
        save(request.getSession(), updated);
        return updated;
    }

    /**
     * Sets the new password if the code is right, and ends the flow. It draws on the same
     * Cognito budget as a code request, so under pressure it asks for the same work.
     */
    public void confirm(HttpServletRequest request, ResetFlow flow, String code, String newPassword) {
        proofOfWork.check(Purpose.CODE_CONFIRM, request);
        limits.checkConfirm(ClientAddress.of(request), flow.username());
        cognito.confirmForgotPassword(flow.username(), code, newPassword);
        finish(request);
    }

    /** Whole seconds until another code may be sent, rounded up. */
    public long cooldownSeconds(ResetFlow flow) {
        long millis = flow.cooldownLeft(clock.instant(), properties.resendCooldown()).toMillis();
        return (millis + 999) / 1000;
    }

    public void finish(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    private CodeDelivery sendCode(String username) {
        try {
            return cognito.forgotPassword(username);
        }
        catch (CognitoUnavailable | CognitoBusy notSent) {
            limits.giveBackCodeSendFor(username);
            throw notSent;
        }
    }

    private static void save(HttpSession session, ResetFlow flow) {
        session.setAttribute(ATTRIBUTE, flow);
    }

}

package com.cognitoselfservice.flow;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

/**
 * Keeps the flow state in the server-side session. A session is created only when a flow
 * starts, gets a new id then, and loses the state when the flow ends; the visit stays for
 * the done page.
 */
@Component
public class FlowSessions {

    static final String RESET_FLOW = "resetFlow";

    static final String SIGN_IN = "pendingSignIn";

    static final String VISIT = "visit";

    public void start(HttpServletRequest request, ResetFlow flow, Visit visit) {
        request.getSession(true);
        request.changeSessionId();
        save(request, flow);
        rememberVisit(request, visit);
    }

    /** The visit a flow in this session started with, if one did. */
    public Optional<Visit> visit(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((Visit) session.getAttribute(VISIT));
    }

    public void rememberVisit(HttpServletRequest request, Visit visit) {
        request.getSession(true).setAttribute(VISIT, visit);
    }

    public Optional<ResetFlow> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((ResetFlow) session.getAttribute(RESET_FLOW));
    }

    public void save(HttpServletRequest request, ResetFlow flow) {
        request.getSession(true).setAttribute(RESET_FLOW, flow);
    }

    public void finish(HttpServletRequest request) {
        remove(request, RESET_FLOW);
    }

    /**
     * Holds a sign-in challenge; a later sign-in in the same browser replaces an earlier
     * one.
     */
    public void startSignIn(HttpServletRequest request, PendingSignIn pending, Visit visit) {
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SIGN_IN, pending);
        rememberVisit(request, visit);
    }

    public Optional<PendingSignIn> currentSignIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((PendingSignIn) session.getAttribute(SIGN_IN));
    }

    public void finishSignIn(HttpServletRequest request) {
        remove(request, SIGN_IN);
    }

    private static void remove(HttpServletRequest request, String attribute) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(attribute);
        }
    }

}

package com.cognitoselfservice.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

import com.cognitoselfservice.abuse.AbuseLimits;
import com.cognitoselfservice.abuse.ClientAddress;
import com.cognitoselfservice.visit.Visits;

/**
 * The one place a server-side session starts: when a flow or a sign-in begins, never for
 * a page view. An address may start only so many flows in a window and hold only so many
 * open; each kind of session has its own quota, so flows never push out a waiting sign-in
 * or a signed-in admin. The session gets a new id (so that an id planted before cannot
 * follow the person in) and keeps the visit the flow started from.
 */
@Component
public class Sessions {

    private final SessionQuota live;

    private final SessionProperties properties;

    private final AbuseLimits limits;

    private final Visits visits;

    Sessions(SessionQuota live, SessionProperties properties, AbuseLimits limits, Visits visits) {
        this.live = live;
        this.properties = properties;
        this.limits = limits;
        this.visits = visits;
    }

    /**
     * Decides now whether this request may start a session of this kind, so that nothing
     * is sent to Cognito for a flow that could not be kept.
     * @throws com.cognitoselfservice.refusal.Refusal when the address has started or
     * holds too many
     */
    public Admitted admit(HttpServletRequest request, SessionKind kind) {
        String address = ClientAddress.of(request);
        if (kind != SessionKind.CONSOLE) {
            limits.checkSessionStart(address);
            HttpSession own = request.getSession(false);
            if (live.openFrom(address, (own != null) ? own.getId() : null) >= properties.perAddress()) {
                throw new TooManyFlows(properties.idleTimeout());
            }
        }
        return new Admitted(request, kind, address);
    }

    /** How full the store is with sessions of a kind, from 0 to 1. */
    public double fill(SessionKind kind) {
        return Math.min(1.0, (double) live.count(kind) / properties.maximumOf(kind));
    }

    /** Admits and starts at once. */
    public HttpSession start(HttpServletRequest request, SessionKind kind) {
        return admit(request, kind).start();
    }

    /** A session this request may start. */
    public final class Admitted {

        private final HttpServletRequest request;

        private final SessionKind kind;

        private final String address;

        private Admitted(HttpServletRequest request, SessionKind kind, String address) {
            this.request = request;
            this.kind = kind;
            this.address = address;
        }

        public HttpSession start() {
            live.makeRoomFor(kind, properties.maximumOf(kind));
            request.getSession(true);
            request.changeSessionId();
            HttpSession session = request.getSession();
            session.setAttribute(LiveSessions.KIND, kind.name());
            session.setAttribute(LiveSessions.ADDRESS, address);
            visits.remember(request);
            return session;
        }

    }

    /**
     * Keeps the request's visit in its session, which starts as a flow's when there is
     * none (for the done page of a password changed without a challenge).
     */
    public void keepVisit(HttpServletRequest request) {
        if (request.getSession(false) == null) {
            // The flow is over: the session only shows its end, so no limit refuses it.
            new Admitted(request, SessionKind.FLOW, ClientAddress.of(request)).start();
        }
        else {
            visits.remember(request);
        }
    }

}

package com.cognitoselfservice.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

import com.cognitoselfservice.visit.Visits;

/**
 * The one place a server-side session starts: when a flow or a sign-in begins, never for
 * a page view. It gets a new id then (so that an id planted before cannot follow the
 * person in), and keeps the visit the flow started from.
 */
@Component
public class Sessions {

    private final Visits visits;

    Sessions(Visits visits) {
        this.visits = visits;
    }

    public HttpSession start(HttpServletRequest request) {
        request.getSession(true);
        request.changeSessionId();
        visits.remember(request);
        return request.getSession();
    }

}

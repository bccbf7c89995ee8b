package com.cognitoselfservice.flow;

import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.core.instrument.Metrics;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.cognitoselfservice.notify.PasswordNotices;
import com.cognitoselfservice.session.Sessions;

/**
 * The end of every flow: a password-change notice, the done page, for the visit the flow
 * belongs to (so that it offers the way back to the product), told which flow ended and
 * for whom.
 */
@Component
public class Completions {

    private final Sessions sessions;

    private final PasswordNotices notices;

    Completions(Sessions sessions, PasswordNotices notices) {
        this.sessions = sessions;
        this.notices = notices;
    }

    /**
     * The redirect to {@code /done} after a flow ended for this person, counted for the
     * flow; the notice goes to the verified email the sign-in's ID token named, or,
     * without one, to what Cognito has for the person.
     */
    public String done(HttpServletRequest request, RedirectAttributes redirect, FinishedFlow flow, String username,
            @Nullable String verifiedEmail) {
        sessions.keepVisit(request);
        notices.changedByUser(request, username, flow.change(), verifiedEmail);
        Completion completion = new Completion(flow.outcome(), username);
        redirect.addFlashAttribute(Completion.ATTRIBUTE, completion);
        Metrics.counter("reset.flows.completed", "flow", flow.metricName(), "outcome", flow.outcome().embedMessage())
            .increment();
        return "redirect:/done";
    }

}

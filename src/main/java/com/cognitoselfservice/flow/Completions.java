package com.cognitoselfservice.flow;

import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.core.instrument.Metrics;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.cognitoselfservice.session.Sessions;

/**
 * The end of every flow: the done page, for the visit the flow belongs to (so that it
 * offers the way back to the product), told which flow ended and for whom.
 */
@Component
public class Completions {

    private final Sessions sessions;

    Completions(Sessions sessions) {
        this.sessions = sessions;
    }

    /**
     * The redirect to {@code /done}, counted for the flow that ended ({@code forgot},
     * {@code change}, {@code new-password}, {@code mfa}).
     */
    public String done(HttpServletRequest request, RedirectAttributes redirect, Completion completion, String flow) {
        sessions.keepVisit(request);
        redirect.addFlashAttribute(Completion.ATTRIBUTE, completion);
        Metrics.counter("reset.flows.completed", "flow", flow, "outcome", completion.outcome().embedMessage())
            .increment();
        return "redirect:/done";
    }

}

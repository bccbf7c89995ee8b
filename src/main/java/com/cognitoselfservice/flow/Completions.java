package com.cognitoselfservice.flow;

import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.core.instrument.Metrics;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.cognitoselfservice.notify.Change;
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
     * The redirect to {@code /done}, counted for the flow that ended ({@code forgot},
     * {@code change}, {@code new-password}, {@code mfa}).
     */
    public String done(HttpServletRequest request, RedirectAttributes redirect, Completion completion, String flow) {
        sessions.keepVisit(request);
        if (completion.username() != null) {
            notices.changedByUser(request, completion.username(), change(flow));
        }
        redirect.addFlashAttribute(Completion.ATTRIBUTE, completion);
        Metrics.counter("reset.flows.completed", "flow", flow, "outcome", completion.outcome().embedMessage())
            .increment();
        return "redirect:/done";
    }

    private static Change change(String flow) {
        return switch (flow) {
            case "forgot" -> Change.RESET;
            case "new-password" -> Change.FIRST_PASSWORD;
            default -> Change.CHANGED;
        };
    }

}

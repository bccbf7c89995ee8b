package com.cognitoselfservice.admin;

import java.security.Principal;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.cognitoselfservice.abuse.ClientAddress;
import com.cognitoselfservice.admin.audit.AuditEntry;
import com.cognitoselfservice.admin.audit.AuditLog;
import com.cognitoselfservice.cognito.AdminFailure;

/**
 * Records what a helpdesk person did, with who and from where taken from the request.
 */
@Component
@ConditionalOnBooleanProperty("admin.enabled")
class AdminAudit {

    private final AuditLog log;

    private final Clock clock;

    AdminAudit(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * Performs an action on a user and records how it ended; a failure is also put on the
     * page as {@code actionFailure}.
     * @return whether the action succeeded
     */
    boolean perform(HttpServletRequest request, String action, String username, Model model, Runnable call) {
        try {
            call.run();
            record(request, action, username, "success");
            return true;
        }
        catch (AdminFailure failure) {
            record(request, action, username, "failed: " + failure.errorCode());
            model.addAttribute("actionFailure", failure);
            return false;
        }
    }

    void record(HttpServletRequest request, String action, String target, String outcome) {
        Principal actor = request.getUserPrincipal();
        log.record(new AuditEntry(clock.instant(), (actor == null) ? "anonymous" : actor.getName(), action,
                capped(target), outcome, ClientAddress.of(request)));
    }

    // A username comes from a form; it is escaped where shown, and never longer than
    // this.
    private static String capped(String value) {
        return (value.length() > 128) ? value.substring(0, 128) + "…" : value;
    }

}

package com.cognitoselfservice.helpdesk;

import java.security.Principal;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import com.cognitoselfservice.helpdesk.audit.AuditEntry;
import com.cognitoselfservice.helpdesk.audit.AuditLog;
import com.cognitoselfservice.web.ClientAddress;

/** Records what a helpdesk person did, with who and from where taken from the request. */
@Component
@ConditionalOnBooleanProperty("admin.enabled")
class HelpdeskAudit {

    private final AuditLog log;

    private final Clock clock;

    HelpdeskAudit(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    void record(HttpServletRequest request, String action, String target, String outcome) {
        Principal actor = request.getUserPrincipal();
        log.record(new AuditEntry(clock.instant(), (actor == null) ? "anonymous" : actor.getName(), action, target,
                outcome, ClientAddress.of(request)));
    }

}

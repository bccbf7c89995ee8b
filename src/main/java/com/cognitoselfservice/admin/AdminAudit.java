package com.cognitoselfservice.admin;

import java.security.Principal;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.cognitoselfservice.abuse.ClientAddress;
import com.cognitoselfservice.admin.audit.AuditEntry;
import com.cognitoselfservice.admin.audit.AuditLog;
import com.cognitoselfservice.cognito.AdminFailure;
import com.cognitoselfservice.cognito.AdminGateway;
import com.cognitoselfservice.cognito.CognitoFailure;
import com.cognitoselfservice.notify.Change;
import com.cognitoselfservice.notify.PasswordNotices;
import com.cognitoselfservice.refusal.Refusal;

/**
 * Records what a helpdesk person did, with who and from where taken from the request, and
 * tells the user when it changed their password; and console sign-ins, without what was
 * typed unless it names an account.
 */
@Component
@ConditionalOnBooleanProperty("admin.enabled")
class AdminAudit {

    private final AuditLog log;

    private static final Map<String, Change> PASSWORD_CHANGES = Map.of("require-password-reset",
            Change.HELPDESK_RESET_REQUIRED, "set-temporary-password", Change.HELPDESK_TEMPORARY_PASSWORD,
            "set-permanent-password", Change.HELPDESK_PASSWORD_SET);

    private final Clock clock;

    private final PasswordNotices notices;

    private final RefusedSignIns refusedEarly;

    private final AdminGateway users;

    static final String NOT_AN_ACCOUNT = "(not an account)";

    AdminAudit(AuditLog log, Clock clock, PasswordNotices notices, RefusedSignIns refusedEarly, AdminGateway users) {
        this.log = log;
        this.refusedEarly = refusedEarly;
        this.users = users;
        this.clock = clock;
        this.notices = notices;
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
            Change change = PASSWORD_CHANGES.get(action);
            if (change != null) {
                notices.changedByHelpdesk(request, username, change);
            }
            return true;
        }
        catch (AdminFailure failure) {
            record(request, action, username, "failed: " + failure.errorCode());
            model.addAttribute("actionFailure", failure);
            return false;
        }
    }

    /**
     * A console sign-in that Cognito answered: the typed username is kept only when it is
     * an account (someone may type their password into the username field).
     */
    void signInFailed(HttpServletRequest request, String typedUsername, CognitoFailure failure) {
        record(request, AuditEntry.SIGN_IN, isAccount(typedUsername, failure) ? typedUsername : NOT_AN_ACCOUNT,
                "failed: " + failure.errorCode());
    }

    /** A console sign-in refused before any credential was checked. */
    void signInRefusedEarly(HttpServletRequest request, Refusal refusal) {
        refusedEarly.count(ClientAddress.exact(request), refusal.messageKey());
    }

    private boolean isAccount(String typedUsername, CognitoFailure failure) {
        if (failure.kind() == CognitoFailure.Kind.UNKNOWN_USER || !users.hasCredentials()) {
            return false;
        }
        try {
            users.user(typedUsername);
            return true;
        }
        catch (AdminFailure notFoundOrNotAllowed) {
            return false;
        }
    }

    void record(HttpServletRequest request, String action, String target, String outcome) {
        Principal actor = request.getUserPrincipal();
        log.record(new AuditEntry(clock.instant(), (actor == null) ? "anonymous" : actor.getName(), action,
                capped(target), outcome, ClientAddress.exact(request)));
    }

    // A username comes from a form; it is escaped where shown, and never longer than
    // this.
    private static String capped(String value) {
        return (value.length() > 128) ? value.substring(0, 128) + "…" : value;
    }

}

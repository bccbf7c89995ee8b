package com.cognitoselfservice.admin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.cognitoselfservice.admin.audit.AuditLog;
import com.cognitoselfservice.visit.StaffPage;

/**
 * {@code /admin/audit}: the latest helpdesk actions, and apart from them the console
 * sign-ins.
 */
@Controller
@StaffPage
@ConditionalOnBooleanProperty("admin.enabled")
class AuditController {

    private final AuditLog log;

    private final RefusedSignIns refusedEarly;

    AuditController(AuditLog log, RefusedSignIns refusedEarly) {
        this.log = log;
        this.refusedEarly = refusedEarly;
    }

    @GetMapping("/admin/audit")
    String show(Model model) {
        refusedEarly.recordEndedMinute();
        model.addAttribute("entries", log.recentActions(200));
        model.addAttribute("signIns", log.recentSignIns(100));
        return "admin/audit";
    }

}

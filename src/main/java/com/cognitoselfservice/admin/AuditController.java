package com.cognitoselfservice.admin;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.cognitoselfservice.admin.audit.AuditLog;
import com.cognitoselfservice.visit.StaffPage;

/** {@code /admin/audit}: the latest helpdesk actions. */
@Controller
@StaffPage
@ConditionalOnBooleanProperty("admin.enabled")
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/admin/audit")
    String show(Model model) {
        model.addAttribute("entries", log.recent(200));
        return "admin/audit";
    }

}

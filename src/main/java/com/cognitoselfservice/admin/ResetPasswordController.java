package com.cognitoselfservice.admin;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.cognitoselfservice.cognito.AdminGateway;
import com.cognitoselfservice.visit.StaffPage;

/**
 * Require a password reset (AdminResetUserPassword): the user then chooses their own
 * password. When Cognito refuses for want of a verified email or phone, the seed's fix is
 * offered as a confirmed action of its own: mark the email verified, then reset again.
 */
@Controller
@StaffPage
@ConditionalOnBooleanProperty("admin.enabled")
class ResetPasswordController {

    private final AdminGateway cognito;

    private final AdminAudit audit;

    private final ManagedUsers users;

    ResetPasswordController(AdminGateway cognito, AdminAudit audit, ManagedUsers users) {
        this.cognito = cognito;
        this.audit = audit;
        this.users = users;
    }

    @GetMapping("/admin/user/reset")
    String confirm(@RequestParam String username, Model model) {
        return confirmPage("reset", username, model);
    }

    @PostMapping("/admin/user/reset")
    String reset(@RequestParam String username, HttpServletRequest request, Model model) {
        if (audit.perform(request, "require-password-reset", username, model,
                () -> cognito.requirePasswordReset(username))) {
            model.addAttribute("resetLink", resetLink(request, username));
            model.addAttribute("done", "admin.reset.done");
        }
        users.show(username, model);
        return "admin/user";
    }

    @GetMapping("/admin/user/verify-email")
    String confirmVerify(@RequestParam String username, Model model) {
        return confirmPage("verify-email", username, model);
    }

    @PostMapping("/admin/user/verify-email")
    String verifyAndReset(@RequestParam String username, HttpServletRequest request, Model model) {
        if (audit.perform(request, "mark-email-verified", username, model, () -> cognito.markEmailVerified(username))) {
            return reset(username, request, model);
        }
        users.show(username, model);
        return "admin/user";
    }

    private String confirmPage(String action, String username, Model model) {
        users.show(username, model);
        model.addAttribute("action", action);
        return "admin/confirm";
    }

    private static String resetLink(HttpServletRequest request, String username) {
        return ServletUriComponentsBuilder.fromContextPath(request)
            .path("/reset-required")
            .queryParam("username", username)
            .encode()
            .build()
            .toUriString();
    }

}

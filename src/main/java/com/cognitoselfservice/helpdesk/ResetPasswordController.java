package com.cognitoselfservice.helpdesk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.cognitoselfservice.cognito.HelpdeskFailure;
import com.cognitoselfservice.cognito.HelpdeskGateway;

/**
 * Require a password reset (AdminResetUserPassword): the user then chooses their own
 * password. When Cognito refuses for want of a verified email or phone, the seed's fix is
 * offered as a confirmed action of its own: mark the email verified, then reset again.
 */
@Controller
@ConditionalOnBooleanProperty("admin.enabled")
class ResetPasswordController {

    private final HelpdeskGateway cognito;

    private final HelpdeskAudit audit;

    ResetPasswordController(HelpdeskGateway cognito, HelpdeskAudit audit) {
        this.cognito = cognito;
        this.audit = audit;
    }

    @GetMapping("/admin/user/reset")
    String confirm(@RequestParam String username, Model model, HttpServletResponse response) {
        model.addAttribute("action", "reset");
        return confirmPage(username, model, response);
    }

    @PostMapping("/admin/user/reset")
    String reset(@RequestParam String username, HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            cognito.requirePasswordReset(username);
            audit.record(request, "require-password-reset", username, "success");
            return resetDone(username, request, model, response);
        }
        catch (HelpdeskFailure failure) {
            audit.record(request, "require-password-reset", username, "failed: " + failure.errorCode());
            model.addAttribute("actionFailure", failure);
            return UserPage.show(cognito, username, model, response);
        }
    }

    @GetMapping("/admin/user/verify-email")
    String confirmVerify(@RequestParam String username, Model model, HttpServletResponse response) {
        model.addAttribute("action", "verify-email");
        return confirmPage(username, model, response);
    }

    @PostMapping("/admin/user/verify-email")
    String verifyAndReset(@RequestParam String username, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        try {
            cognito.markEmailVerified(username);
            audit.record(request, "mark-email-verified", username, "success");
        }
        catch (HelpdeskFailure failure) {
            audit.record(request, "mark-email-verified", username, "failed: " + failure.errorCode());
            model.addAttribute("actionFailure", failure);
            return UserPage.show(cognito, username, model, response);
        }
        return reset(username, request, response, model);
    }

    private String confirmPage(String username, Model model, HttpServletResponse response) {
        String page = UserPage.show(cognito, username, model, response);
        return "admin/user".equals(page) ? "admin/confirm" : page;
    }

    private String resetDone(String username, HttpServletRequest request, Model model, HttpServletResponse response) {
        model.addAttribute("resetLink",
                ServletUriComponentsBuilder.fromContextPath(request)
                    .path("/reset-required")
                    .queryParam("username", username)
                    .encode()
                    .build()
                    .toUriString());
        model.addAttribute("done", "helpdesk.reset.done");
        return UserPage.show(cognito, username, model, response);
    }

}

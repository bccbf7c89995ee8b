package com.cognitoselfservice.helpdesk;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.cognitoselfservice.cognito.HelpdeskFailure;
import com.cognitoselfservice.cognito.HelpdeskGateway;
import com.cognitoselfservice.cognito.ManagedUser;
import com.cognitoselfservice.web.FormErrors;
import com.cognitoselfservice.web.NewPasswordCheck;

/**
 * Set a password (AdminSetUserPassword), for users without a verified email or phone:
 * temporary by default, generated here and shown once; permanent only typed twice and
 * confirmed, and confirmed again for a federated user, whom it turns into a password
 * user.
 */
@Controller
@ConditionalOnBooleanProperty("admin.enabled")
class SetPasswordController {

    private final HelpdeskGateway cognito;

    private final NewPasswordCheck passwords;

    private final HelpdeskAudit audit;

    SetPasswordController(HelpdeskGateway cognito, NewPasswordCheck passwords, HelpdeskAudit audit) {
        this.cognito = cognito;
        this.passwords = passwords;
        this.audit = audit;
    }

    @GetMapping("/admin/user/password")
    String show(@RequestParam String username, Model model, HttpServletResponse response) {
        SetPasswordForm form = new SetPasswordForm();
        form.setUsername(username);
        model.addAttribute("setPasswordForm", form);
        return page(username, model, response);
    }

    @PostMapping("/admin/user/password")
    String set(@ModelAttribute SetPasswordForm form, BindingResult result, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        String page = page(form.getUsername(), model, response);
        if (!"admin/password".equals(page)) {
            return page;
        }
        ManagedUser user = (ManagedUser) model.getAttribute("user");
        if (form.isPermanent()) {
            checkPermanent(form, user, result);
        }
        if (result.hasErrors()) {
            FormErrors.invalidInput(response);
            return page;
        }
        String password = form.isPermanent() ? form.getPassword() : TemporaryPasswords.generate(passwords.policy());
        String action = form.isPermanent() ? "set-permanent-password" : "set-temporary-password";
        try {
            cognito.setPassword(user.username(), password, form.isPermanent());
            audit.record(request, action, user.username(), "success");
        }
        catch (HelpdeskFailure failure) {
            audit.record(request, action, user.username(), "failed: " + failure.errorCode());
            model.addAttribute("actionFailure", failure);
            return page;
        }
        if (!form.isPermanent()) {
            model.addAttribute("temporaryPassword", password);
        }
        model.addAttribute("done",
                form.isPermanent() ? "helpdesk.password.done.permanent" : "helpdesk.password.done.temporary");
        return UserPage.show(cognito, user.username(), model, response);
    }

    private void checkPermanent(SetPasswordForm form, ManagedUser user, BindingResult result) {
        if (form.getPassword() == null || form.getPassword().isEmpty()) {
            result.rejectValue("password", "NotBlank.password");
        }
        else if (form.getPassword().length() > 256) {
            result.rejectValue("password", "Size.password");
        }
        else {
            passwords.check(form, result, user.username(), null);
        }
        if (!form.isConfirmed()) {
            result.rejectValue("confirmed", "helpdesk.password.confirm.required");
        }
        if (user.isFederated() && !form.isFederatedConfirmed()) {
            result.rejectValue("federatedConfirmed", "helpdesk.password.federated.required");
        }
    }

    private String page(String username, Model model, HttpServletResponse response) {
        model.addAttribute("policy", passwords.policy());
        String page = UserPage.show(cognito, username, model, response);
        return "admin/user".equals(page) ? "admin/password" : page;
    }

}

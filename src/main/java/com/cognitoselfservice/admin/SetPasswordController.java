package com.cognitoselfservice.admin;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.cognitoselfservice.cognito.AdminGateway;
import com.cognitoselfservice.cognito.ManagedUser;
import com.cognitoselfservice.password.NewPasswordCheck;
import com.cognitoselfservice.visit.StaffPage;

/**
 * Set a password (AdminSetUserPassword), for users without a verified email or phone:
 * temporary by default, generated here and shown once; permanent only typed twice and
 * confirmed, and confirmed again for a federated user, whom it turns into a password
 * user.
 */
@Controller
@StaffPage
@ConditionalOnBooleanProperty("admin.enabled")
class SetPasswordController {

    private final AdminGateway cognito;

    private final NewPasswordCheck passwords;

    private final AdminAudit audit;

    private final ManagedUsers users;

    SetPasswordController(AdminGateway cognito, NewPasswordCheck passwords, AdminAudit audit, ManagedUsers users) {
        this.cognito = cognito;
        this.passwords = passwords;
        this.audit = audit;
        this.users = users;
    }

    @GetMapping("/admin/user/password")
    String show(@RequestParam String username, Model model) {
        SetPasswordForm form = new SetPasswordForm();
        form.setUsername(username);
        model.addAttribute("setPasswordForm", form);
        page(username, model);
        return "admin/password";
    }

    @PostMapping("/admin/user/password")
    String set(@ModelAttribute SetPasswordForm form, BindingResult result, HttpServletRequest request, Model model) {
        ManagedUser user = page(form.getUsername(), model);
        if (form.isPermanent()) {
            checkPermanent(form, user, result);
        }
        if (result.hasErrors()) {
            return "admin/password";
        }
        boolean permanent = form.isPermanent();
        String password = permanent ? form.getPassword() : TemporaryPasswords.generate(passwords.policy());
        if (!audit.perform(request, permanent ? "set-permanent-password" : "set-temporary-password", user.username(),
                model, () -> cognito.setPassword(user.username(), password, permanent))) {
            return "admin/password";
        }
        if (!permanent) {
            model.addAttribute("temporaryPassword", password);
        }
        model.addAttribute("done", permanent ? "admin.password.done.permanent" : "admin.password.done.temporary");
        users.show(user.username(), model);
        return "admin/user";
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
            result.rejectValue("confirmed", "admin.password.confirm.required");
        }
        if (user.isFederated() && !form.isFederatedConfirmed()) {
            result.rejectValue("federatedConfirmed", "admin.password.federated.required");
        }
    }

    private ManagedUser page(String username, Model model) {
        model.addAttribute("policy", passwords.policy());
        return users.show(username, model);
    }

}

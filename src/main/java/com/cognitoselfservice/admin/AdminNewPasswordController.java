package com.cognitoselfservice.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import com.cognitoselfservice.forms.FormErrors;
import com.cognitoselfservice.password.NewPasswordCheck;
import com.cognitoselfservice.refusal.Refusal;
import com.cognitoselfservice.signin.Answering;
import com.cognitoselfservice.signin.Challenge;
import com.cognitoselfservice.signin.RequiredAttributes;
import com.cognitoselfservice.signin.SignInPurpose;
import com.cognitoselfservice.signin.SignInStep;
import com.cognitoselfservice.signin.SignIns;
import com.cognitoselfservice.visit.StaffPage;

/**
 * {@code /admin/new-password}: a helpdesk person whose own password is temporary chooses
 * a permanent one, then enters the console if their group admits them.
 */
@Controller
@StaffPage
@ConditionalOnBooleanProperty("admin.enabled")
class AdminNewPasswordController {

    // The same form as the user pages', shared by both templates.
    private static final String FORM = "newPasswordForm";

    private final SignIns signIns;

    private final NewPasswordCheck passwords;

    private final AdminAuthentication authentication;

    AdminNewPasswordController(SignIns signIns, NewPasswordCheck passwords, AdminAuthentication authentication) {
        this.signIns = signIns;
        this.passwords = passwords;
        this.authentication = authentication;
    }

    @GetMapping("/admin/new-password")
    String show(@Answering(SignInPurpose.ADMIN_CONSOLE) Challenge challenge, Model model) {
        AdminNewPasswordForm form = new AdminNewPasswordForm();
        form.setChallenge(challenge.id());
        model.addAttribute(FORM, form);
        addPage(model, challenge, RequiredAttributes.empty(challenge));
        return "admin/new-password";
    }

    @PostMapping("/admin/new-password")
    String respond(@Valid @ModelAttribute(FORM) AdminNewPasswordForm form, BindingResult result,
            @Answering(SignInPurpose.ADMIN_CONSOLE) Challenge challenge, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        RequiredAttributes attributes = RequiredAttributes.read(challenge, request);
        addPage(model, challenge, attributes);
        passwords.check(form, result, challenge.username(), null);
        attributes.rejectInvalid(result);
        if (result.hasErrors()) {
            return "admin/new-password";
        }
        try {
            SignInStep signIn = signIns.answerNewPassword(request, challenge, form.getPassword(), attributes);
            if (!authentication.admits(signIn)) {
                return "redirect:/admin/sign-in?passwordSet";
            }
            authentication.signIn(challenge.username(), request, response);
            return "redirect:/admin";
        }
        catch (Refusal refusal) {
            FormErrors.show(refusal, result, response);
            return "admin/new-password";
        }
    }

    private void addPage(Model model, Challenge challenge, RequiredAttributes attributes) {
        model.addAttribute("challenge", challenge);
        model.addAttribute("attributes", attributes);
        model.addAttribute("policy", passwords.policy());
    }

}

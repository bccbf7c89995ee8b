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

import com.cognitoselfservice.admin.audit.AuditEntry;
import com.cognitoselfservice.cognito.CognitoFailure;
import com.cognitoselfservice.forms.FormErrors;
import com.cognitoselfservice.refusal.Refusal;
import com.cognitoselfservice.signin.SignInPurpose;
import com.cognitoselfservice.signin.SignInStep;
import com.cognitoselfservice.signin.SignIns;
import com.cognitoselfservice.visit.StaffPage;

/**
 * {@code /admin/sign-in}: a helpdesk person signs in with their own Cognito account, with
 * the same limits as the user pages; a temporary password goes through
 * {@code /admin/new-password} first.
 */
@Controller
@StaffPage
@ConditionalOnBooleanProperty("admin.enabled")
class AdminSignInController {

    private final SignIns signIns;

    private final AdminAuthentication authentication;

    private final AdminAudit audit;

    AdminSignInController(SignIns signIns, AdminAuthentication authentication, AdminAudit audit) {
        this.signIns = signIns;
        this.authentication = authentication;
        this.audit = audit;
    }

    @GetMapping("/admin/sign-in")
    String show(Model model) {
        model.addAttribute("adminSignInForm", new AdminSignInForm());
        return "admin/sign-in";
    }

    @PostMapping("/admin/sign-in")
    String signIn(@Valid @ModelAttribute AdminSignInForm form, BindingResult result, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (result.hasErrors()) {
            return "admin/sign-in";
        }
        try {
            SignInStep signIn = signIns.start(SignInPurpose.ADMIN_CONSOLE, request, form.getUsername(),
                    form.getPassword());
            return signIn.isSignedIn() ? admit(form.getUsername(), signIn, request, response, model)
                    : signIn.redirect();
        }
        catch (Refusal refusal) {
            if (refusal instanceof CognitoFailure failure) {
                audit.signInFailed(request, form.getUsername(), failure);
            }
            else {
                audit.signInRefusedEarly(request, refusal);
            }
            FormErrors.show(refusal, result, response);
            return "admin/sign-in";
        }
    }

    private String admit(String username, SignInStep signIn, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        if (!authentication.admits(signIn)) {
            audit.record(request, AuditEntry.SIGN_IN, username, "refused: not in group " + authentication.group());
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("group", authentication.group());
            return "admin/forbidden";
        }
        authentication.signIn(username, request, response);
        audit.record(request, AuditEntry.SIGN_IN, username, "success");
        return "redirect:/admin";
    }

}

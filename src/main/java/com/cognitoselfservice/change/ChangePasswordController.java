package com.cognitoselfservice.change;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.cognitoselfservice.cognito.Username;
import com.cognitoselfservice.flow.FinishedFlow;
import com.cognitoselfservice.flow.Completions;
import com.cognitoselfservice.forms.FormErrors;
import com.cognitoselfservice.password.NewPasswordCheck;
import com.cognitoselfservice.refusal.Refusal;
import com.cognitoselfservice.signin.PasswordChange;
import com.cognitoselfservice.signin.SignInPurpose;
import com.cognitoselfservice.signin.SignInStep;
import com.cognitoselfservice.signin.SignIns;
import com.cognitoselfservice.visit.EntryPage;
import com.cognitoselfservice.visit.Visit;

@Controller
@EntryPage
class ChangePasswordController {

    private final SignIns signIns;

    private final PasswordChange passwordChange;

    private final NewPasswordCheck passwords;

    private final Completions completions;

    ChangePasswordController(SignIns signIns, PasswordChange passwordChange, NewPasswordCheck passwords,
            Completions completions) {
        this.signIns = signIns;
        this.passwordChange = passwordChange;
        this.passwords = passwords;
        this.completions = completions;
    }

    @GetMapping("/change-password")
    String show(@RequestParam(required = false) @Nullable String username, Model model) {
        ChangePasswordForm form = new ChangePasswordForm();
        form.setUsername(Username.prefill(username));
        model.addAttribute("changePasswordForm", form);
        addPage(model);
        return "change-password";
    }

    @PostMapping("/change-password")
    String change(@Valid @ModelAttribute ChangePasswordForm form, BindingResult result, Visit visit,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        addPage(model);
        check(form, result, visit);
        if (result.hasErrors()) {
            return "change-password";
        }
        try {
            SignInStep signIn = signIns.start(SignInPurpose.CHANGE_PASSWORD, request, form.getUsername(),
                    form.getCurrentPassword());
            if (!signIn.isSignedIn()) {
                return signIn.redirect();
            }
            passwordChange.complete(signIn.token(), form.getCurrentPassword(), form.getPassword(),
                    form.isSignOutEverywhere());
            return completions.done(request, redirect, FinishedFlow.CHANGE, form.getUsername(), signIn.verifiedEmail());
        }
        catch (Refusal refusal) {
            FormErrors.show(refusal, result, response);
            return "change-password";
        }
    }

    private void check(ChangePasswordForm form, BindingResult result, Visit visit) {
        passwords.check(form, result, form.getUsername(), visit.product().name());
        if (!result.hasFieldErrors("password") && form.getPassword().equals(form.getCurrentPassword())) {
            result.rejectValue("password", "change-password.same");
        }
    }

    private void addPage(Model model) {
        model.addAttribute("policy", passwords.policy());
        model.addAttribute("validityMinutes", signIns.validityMinutes());
    }

}

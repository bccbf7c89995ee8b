package com.cognitoselfservice.newpassword;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.cognitoselfservice.flow.Completions;
import com.cognitoselfservice.flow.FinishedFlow;
import com.cognitoselfservice.forms.FormErrors;
import com.cognitoselfservice.password.NewPasswordCheck;
import com.cognitoselfservice.refusal.Refusal;
import com.cognitoselfservice.signin.Answering;
import com.cognitoselfservice.signin.Challenge;
import com.cognitoselfservice.signin.RequiredAttributes;
import com.cognitoselfservice.signin.SignInPurpose;
import com.cognitoselfservice.signin.SignInStep;
import com.cognitoselfservice.signin.SignIns;
import com.cognitoselfservice.visit.Visit;

/**
 * {@code /new-password}: a user signed in with a temporary password sets a permanent one,
 * answering NEW_PASSWORD_REQUIRED with the Cognito session held on the server.
 */
@Controller
class NewPasswordController {

    private final SignIns signIns;

    private final NewPasswordCheck passwords;

    private final Completions completions;

    NewPasswordController(SignIns signIns, NewPasswordCheck passwords, Completions completions) {
        this.signIns = signIns;
        this.passwords = passwords;
        this.completions = completions;
    }

    @GetMapping("/new-password")
    String show(@Answering(SignInPurpose.CHANGE_PASSWORD) Challenge challenge, Model model) {
        NewPasswordForm form = new NewPasswordForm();
        form.setChallenge(challenge.id());
        model.addAttribute("newPasswordForm", form);
        addPage(model, challenge, RequiredAttributes.empty(challenge));
        return "new-password";
    }

    @PostMapping("/new-password")
    String respond(@Valid @ModelAttribute NewPasswordForm form, BindingResult result,
            @Answering(SignInPurpose.CHANGE_PASSWORD) Challenge challenge, Visit visit, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        RequiredAttributes attributes = RequiredAttributes.read(challenge, request);
        addPage(model, challenge, attributes);
        passwords.check(form, result, challenge.username(), visit.product().name());
        attributes.rejectInvalid(result);
        if (result.hasErrors()) {
            return "new-password";
        }
        try {
            SignInStep signIn = signIns.answerNewPassword(request, challenge, form.getPassword(), attributes);
            if (signIn.continues()) {
                return signIn.redirect(); // an authenticator to set up: the notice waits
            }
            return completions.done(request, redirect, FinishedFlow.NEW_PASSWORD, challenge.username(),
                    signIn.verifiedEmail());
        }
        catch (Refusal refusal) {
            FormErrors.show(refusal, result, response);
            return "new-password";
        }
    }

    private void addPage(Model model, Challenge challenge, RequiredAttributes attributes) {
        model.addAttribute("challenge", challenge);
        model.addAttribute("attributes", attributes);
        model.addAttribute("policy", passwords.policy());
    }

}

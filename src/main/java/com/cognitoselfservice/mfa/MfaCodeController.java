package com.cognitoselfservice.mfa;

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

import com.cognitoselfservice.cognito.AccessToken;
import com.cognitoselfservice.flow.Completions;
import com.cognitoselfservice.flow.FinishedFlow;
import com.cognitoselfservice.forms.FormErrors;
import com.cognitoselfservice.password.NewPasswordCheck;
import com.cognitoselfservice.refusal.Refusal;
import com.cognitoselfservice.signin.Answering;
import com.cognitoselfservice.signin.Challenge;
import com.cognitoselfservice.signin.PasswordChange;
import com.cognitoselfservice.signin.SignInPurpose;
import com.cognitoselfservice.signin.SignInStep;
import com.cognitoselfservice.signin.SignIns;
import com.cognitoselfservice.visit.Visit;

/**
 * {@code /mfa-code}: the sign-in of a change-password asked for a code (SMS_MFA,
 * EMAIL_OTP, SOFTWARE_TOKEN_MFA), or a person who signs in without a password got one
 * (EMAIL_OTP, SMS_OTP of choice-based sign-in) and chooses a first password. The same
 * three-minute rule as {@code /new-password} applies.
 */
@Controller
class MfaCodeController {

    private final SignIns signIns;

    private final PasswordChange passwordChange;

    private final NewPasswordCheck passwords;

    private final Completions completions;

    MfaCodeController(SignIns signIns, PasswordChange passwordChange, NewPasswordCheck passwords,
            Completions completions) {
        this.signIns = signIns;
        this.passwordChange = passwordChange;
        this.passwords = passwords;
        this.completions = completions;
    }

    @GetMapping("/mfa-code")
    String show(@Answering(SignInPurpose.CHANGE_PASSWORD) Challenge challenge, Model model) {
        if (challenge.withoutPassword()) {
            MfaFirstPasswordForm form = new MfaFirstPasswordForm();
            form.setChallenge(challenge.id());
            model.addAttribute("mfaCodeForm", form);
        }
        else {
            MfaCodeForm form = new MfaCodeForm();
            form.setChallenge(challenge.id());
            model.addAttribute("mfaCodeForm", form);
        }
        addPage(model, challenge);
        return "mfa-code";
    }

    /** A person without a password: signed in with the code, then a first password. */
    @PostMapping(path = "/mfa-code", params = "!currentPassword")
    String firstPassword(@Valid @ModelAttribute("mfaCodeForm") MfaFirstPasswordForm form, BindingResult result,
            @Answering(SignInPurpose.CHANGE_PASSWORD) Challenge challenge, Visit visit, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        addPage(model, challenge);
        passwords.check(form, result, challenge.username(), visit.product().name());
        if (result.hasErrors() || !challenge.withoutPassword()) {
            return "mfa-code";
        }
        try {
            SignInStep signIn = signIns.answerCode(request, challenge, form.getCode());
            passwordChange.complete(signIn.token(), null, form.getPassword(), form.isSignOutEverywhere());
            return completions.done(request, redirect, FinishedFlow.NEW_PASSWORD, challenge.username(),
                    signIn.verifiedEmail());
        }
        catch (Refusal refusal) {
            FormErrors.show(refusal, result, response);
            return "mfa-code";
        }
    }

    @PostMapping(path = "/mfa-code", params = "currentPassword")
    String respond(@Valid @ModelAttribute("mfaCodeForm") MfaCodeForm form, BindingResult result,
            @Answering(SignInPurpose.CHANGE_PASSWORD) Challenge challenge, Visit visit, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        addPage(model, challenge);
        passwords.check(form, result, challenge.username(), visit.product().name());
        if (result.hasErrors()) {
            return "mfa-code";
        }
        try {
            SignInStep signIn = signIns.answerCode(request, challenge, form.getCode());
            passwordChange.complete(signIn.token(), form.getCurrentPassword(), form.getPassword(),
                    form.isSignOutEverywhere());
            return completions.done(request, redirect, FinishedFlow.MFA, challenge.username(), signIn.verifiedEmail());
        }
        catch (Refusal refusal) {
            FormErrors.show(refusal, result, response);
            return "mfa-code";
        }
    }

    private void addPage(Model model, Challenge challenge) {
        model.addAttribute("challenge", challenge);
        model.addAttribute("policy", passwords.policy());
    }

}

package com.cognitoselfservice.mfa;

import java.util.Objects;

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

import com.cognitoselfservice.cognito.CognitoFailure;
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
 * {@code /mfa-setup}: Cognito asks for an authenticator app before it signs the person in
 * (MFA_SETUP), after a first password was chosen or in the middle of a password change.
 * The key is shown as text and as a QR code; the app's first code finishes the setup,
 * then the sign-in, then (for a change) the new password. The same three-minute rule as
 * {@code /new-password} applies.
 */
@Controller
class MfaSetupController {

    private final SignIns signIns;

    private final PasswordChange passwordChange;

    private final NewPasswordCheck passwords;

    private final Completions completions;

    MfaSetupController(SignIns signIns, PasswordChange passwordChange, NewPasswordCheck passwords,
            Completions completions) {
        this.signIns = signIns;
        this.passwordChange = passwordChange;
        this.passwords = passwords;
        this.completions = completions;
    }

    @GetMapping("/mfa-setup")
    String show(@Answering(SignInPurpose.CHANGE_PASSWORD) Challenge challenge, Visit visit, HttpServletRequest request,
            Model model) {
        if (challenge.passwordSet()) {
            MfaSetupForm form = new MfaSetupForm();
            form.setChallenge(challenge.id());
            model.addAttribute("mfaSetupForm", form);
        }
        else {
            MfaSetupChangeForm form = new MfaSetupChangeForm();
            form.setChallenge(challenge.id());
            model.addAttribute("mfaSetupForm", form);
        }
        return page(model, challenge, visit, request);
    }

    /** After a first password: only the sign-in is left. */
    @PostMapping(path = "/mfa-setup", params = "!currentPassword")
    String finish(@Valid @ModelAttribute("mfaSetupForm") MfaSetupForm form, BindingResult result,
            @Answering(SignInPurpose.CHANGE_PASSWORD) Challenge challenge, Visit visit, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(model, challenge, visit, request);
        }
        try {
            SignInStep signIn = signIns.answerMfaSetup(request, challenge, form.getCode(), form.getDeviceName());
            return completions.done(request, redirect, FinishedFlow.NEW_PASSWORD, challenge.username(),
                    signIn.verifiedEmail());
        }
        catch (Refusal refusal) {
            FormErrors.show(refusal, result, response);
            return page(model, challenge, visit, request);
        }
    }

    /** In a password change: signed in, then the password changed. */
    @PostMapping(path = "/mfa-setup", params = "currentPassword")
    String finishAndChange(@Valid @ModelAttribute("mfaSetupForm") MfaSetupChangeForm form, BindingResult result,
            @Answering(SignInPurpose.CHANGE_PASSWORD) Challenge challenge, Visit visit, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        passwords.check(form, result, challenge.username(), visit.product().name());
        if (result.hasErrors()) {
            return page(model, challenge, visit, request);
        }
        try {
            SignInStep signIn = signIns.answerMfaSetup(request, challenge, form.getCode(), form.getDeviceName());
            passwordChange.complete(signIn.token(), form.getCurrentPassword(), form.getPassword(),
                    form.isSignOutEverywhere());
            return completions.done(request, redirect, FinishedFlow.MFA, challenge.username(), signIn.verifiedEmail());
        }
        catch (Refusal refusal) {
            FormErrors.show(refusal, result, response);
            return page(model, challenge, visit, request);
        }
    }

    private String page(Model model, Challenge challenge, Visit visit, HttpServletRequest request) {
        model.addAttribute("challenge", challenge);
        model.addAttribute("policy", passwords.policy());
        try {
            String key = signIns.authenticatorKey(request, challenge);
            model.addAttribute("keyGroups", String.join(" ", key.split("(?<=\\G.{4})")));
            model.addAttribute("key", key);
            // The name the app lists the account under: the product's, else this site's.
            String issuer = Objects.requireNonNullElse(visit.product().name(), request.getServerName());
            model.addAttribute("qr", AuthenticatorQr.of(issuer, challenge.username(), key));
        }
        catch (CognitoFailure unsupported) {
            // Only an authenticator app is set up here: a pool that offers only text
            // messages or email for this step is the helpdesk's to set up.
            model.addAttribute("setupUnsupported", true);
            model.addAttribute("supportContact", visit.product().supportContact());
        }
        return "mfa-setup";
    }

}

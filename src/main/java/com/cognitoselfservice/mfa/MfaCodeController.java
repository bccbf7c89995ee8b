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

import com.cognitoselfservice.abuse.AbuseLimits;
import com.cognitoselfservice.abuse.RateLimitedException;
import com.cognitoselfservice.change.ChallengeGuard;
import com.cognitoselfservice.change.PasswordChange;
import com.cognitoselfservice.cognito.CognitoFailure;
import com.cognitoselfservice.cognito.SignInGateway;
import com.cognitoselfservice.cognito.SignInResult;
import com.cognitoselfservice.done.Completion;
import com.cognitoselfservice.flow.FlowSessions;
import com.cognitoselfservice.flow.PendingSignIn;
import com.cognitoselfservice.product.VisitContext;
import com.cognitoselfservice.web.ClientAddress;
import com.cognitoselfservice.web.FormErrors;
import com.cognitoselfservice.web.NewPasswordCheck;

/**
 * {@code /mfa-code}: the sign-in of a change-password asked for a code (SMS_MFA,
 * EMAIL_OTP, SOFTWARE_TOKEN_MFA). The same three-minute rule as {@code /new-password}
 * applies.
 */
@Controller
class MfaCodeController {

    private final SignInGateway cognito;

    private final PasswordChange passwordChange;

    private final ChallengeGuard guard;

    private final NewPasswordCheck passwords;

    private final AbuseLimits limits;

    private final FlowSessions flows;

    MfaCodeController(SignInGateway cognito, PasswordChange passwordChange, ChallengeGuard guard,
            NewPasswordCheck passwords, AbuseLimits limits, FlowSessions flows) {
        this.cognito = cognito;
        this.passwordChange = passwordChange;
        this.guard = guard;
        this.passwords = passwords;
        this.limits = limits;
        this.flows = flows;
    }

    @GetMapping("/mfa-code")
    String show(HttpServletRequest request, Model model) {
        ChallengeGuard.Checked checked = guard.check(request, null);
        if (checked.redirect() != null) {
            return checked.redirect();
        }
        MfaCodeForm form = new MfaCodeForm();
        form.setChallenge(checked.pending().id());
        model.addAttribute("mfaCodeForm", form);
        addPage(model, checked.pending());
        return "mfa-code";
    }

    @PostMapping("/mfa-code")
    String respond(@Valid @ModelAttribute MfaCodeForm form, BindingResult result, VisitContext visit,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ChallengeGuard.Checked checked = guard.check(request, form.getChallenge());
        if (checked.redirect() != null) {
            return checked.redirect();
        }
        PendingSignIn pending = checked.pending();
        addPage(model, pending);
        passwords.check(form, result, pending.typedUsername(), visit.product().name());
        if (result.hasErrors()) {
            FormErrors.invalidInput(response);
            return "mfa-code";
        }
        try {
            limits.checkConfirm(ClientAddress.of(request), pending.typedUsername());
            SignInResult signIn = cognito.respondToCode(pending.challenge(), form.getCode());
            if (!signIn.isSignedIn()) {
                flows.finishSignIn(request);
                result.reject("change-password.unsupported-challenge");
                FormErrors.invalidInput(response);
                return "mfa-code";
            }
            flows.finishSignIn(request);
            passwordChange.complete(signIn.accessToken(), form.getCurrentPassword(), form.getPassword(),
                    form.isSignOutEverywhere());
            redirect.addFlashAttribute("completion", new Completion("password-changed", pending.typedUsername()));
            return "redirect:/done";
        }
        catch (RateLimitedException limited) {
            FormErrors.reject(limited, result, response);
        }
        catch (CognitoFailure failure) {
            if (failure.kind() == CognitoFailure.Kind.SESSION_EXPIRED) {
                return guard.expiredByCognito(request, pending);
            }
            FormErrors.reject(failure, result, response);
        }
        return "mfa-code";
    }

    private void addPage(Model model, PendingSignIn pending) {
        model.addAttribute("username", pending.typedUsername());
        model.addAttribute("challengeName", pending.challenge().name());
        model.addAttribute("policy", passwords.policy());
        model.addAttribute("secondsLeft", guard.secondsLeft(pending));
        model.addAttribute("validityMinutes", guard.validityMinutes());
    }

}

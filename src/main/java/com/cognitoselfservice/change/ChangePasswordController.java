package com.cognitoselfservice.change;

import java.time.Clock;

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

import com.cognitoselfservice.abuse.AbuseLimits;
import com.cognitoselfservice.abuse.RateLimitedException;
import com.cognitoselfservice.cognito.CognitoFailure;
import com.cognitoselfservice.cognito.SignInGateway;
import com.cognitoselfservice.cognito.SignInResult;
import com.cognitoselfservice.done.Completion;
import com.cognitoselfservice.flow.FlowSessions;
import com.cognitoselfservice.flow.PendingSignIn;
import com.cognitoselfservice.product.VisitContext;
import com.cognitoselfservice.web.ClientAddress;
import com.cognitoselfservice.web.EntryParameters;
import com.cognitoselfservice.web.FormErrors;
import com.cognitoselfservice.web.NewPasswordCheck;

@Controller
class ChangePasswordController {

    private final SignInGateway cognito;

    private final PasswordChange passwordChange;

    private final NewPasswordCheck passwords;

    private final AbuseLimits limits;

    private final FlowSessions flows;

    private final ChallengeGuard guard;

    private final Clock clock;

    ChangePasswordController(SignInGateway cognito, PasswordChange passwordChange, NewPasswordCheck passwords,
            AbuseLimits limits, FlowSessions flows, ChallengeGuard guard, Clock clock) {
        this.cognito = cognito;
        this.passwordChange = passwordChange;
        this.passwords = passwords;
        this.limits = limits;
        this.flows = flows;
        this.guard = guard;
        this.clock = clock;
    }

    @GetMapping("/change-password")
    String show(@RequestParam(required = false) @Nullable String username, Model model) {
        ChangePasswordForm form = new ChangePasswordForm();
        form.setUsername(EntryParameters.username(username));
        model.addAttribute("changePasswordForm", form);
        addPage(model);
        return "change-password";
    }

    @PostMapping("/change-password")
    String change(@Valid @ModelAttribute ChangePasswordForm form, BindingResult result, VisitContext visit, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        addPage(model);
        passwords.check(form, result, form.getUsername(), visit.product().name());
        if (!result.hasFieldErrors("password") && form.getPassword().equals(form.getCurrentPassword())) {
            result.rejectValue("password", "change-password.same");
        }
        if (result.hasErrors()) {
            FormErrors.invalidInput(response);
            return "change-password";
        }
        try {
            limits.checkSignIn(ClientAddress.of(request), form.getUsername());
            SignInResult signIn = cognito.signIn(form.getUsername(), form.getCurrentPassword());
            if (signIn.isSignedIn()) {
                passwordChange.complete(signIn.accessToken(), form.getCurrentPassword(), form.getPassword(),
                        form.isSignOutEverywhere());
                flows.rememberVisit(request, visit.visit());
                redirect.addFlashAttribute("completion", new Completion("password-changed", form.getUsername()));
                return "redirect:/done";
            }
            if (signIn.challenge().isNewPasswordRequired() || signIn.challenge().isCodeChallenge()) {
                flows.startSignIn(request, PendingSignIn.of(signIn.challenge(), clock.instant(), form.getUsername()),
                        visit.visit());
                return signIn.challenge().isNewPasswordRequired() ? "redirect:/new-password" : "redirect:/mfa-code";
            }
            result.reject("change-password.unsupported-challenge");
            FormErrors.invalidInput(response);
        }
        catch (RateLimitedException limited) {
            FormErrors.reject(limited, result, response);
        }
        catch (CognitoFailure failure) {
            if (failure.kind() == CognitoFailure.Kind.RESET_REQUIRED) {
                return SignInRedirects.resetRequired(form.getUsername(), visit.visit());
            }
            FormErrors.reject(failure, result, response);
        }
        return "change-password";
    }

    private void addPage(Model model) {
        model.addAttribute("policy", passwords.policy());
        model.addAttribute("validityMinutes", guard.validityMinutes());
    }

}

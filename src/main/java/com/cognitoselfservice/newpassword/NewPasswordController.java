package com.cognitoselfservice.newpassword;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.cognitoselfservice.change.ChallengeGuard;
import com.cognitoselfservice.cognito.CognitoFailure;
import com.cognitoselfservice.cognito.SignInGateway;
import com.cognitoselfservice.cognito.SignInResult;
import com.cognitoselfservice.done.Completion;
import com.cognitoselfservice.flow.FlowSessions;
import com.cognitoselfservice.flow.PendingSignIn;
import com.cognitoselfservice.product.VisitContext;
import com.cognitoselfservice.helpdesk.HelpdeskAuthentication;
import com.cognitoselfservice.web.FormErrors;
import com.cognitoselfservice.web.NewPasswordCheck;

/**
 * {@code /new-password}: a user signed in with a temporary password sets a permanent one,
 * answering NEW_PASSWORD_REQUIRED with the Cognito session held on the server.
 */
@Controller
class NewPasswordController {

    private final SignInGateway cognito;

    private final SignInGateway helpdeskCognito;

    private final ObjectProvider<HelpdeskAuthentication> helpdesk;

    private final ChallengeGuard guard;

    private final NewPasswordCheck passwords;

    private final FlowSessions flows;

    NewPasswordController(SignInGateway cognito, @Qualifier("helpdeskSignInGateway") SignInGateway helpdeskCognito,
            ObjectProvider<HelpdeskAuthentication> helpdesk, ChallengeGuard guard, NewPasswordCheck passwords,
            FlowSessions flows) {
        this.cognito = cognito;
        this.helpdeskCognito = helpdeskCognito;
        this.helpdesk = helpdesk;
        this.guard = guard;
        this.passwords = passwords;
        this.flows = flows;
    }

    @GetMapping("/new-password")
    String show(HttpServletRequest request, Model model) {
        ChallengeGuard.Checked checked = guard.check(request, null);
        if (checked.redirect() != null) {
            return checked.redirect();
        }
        NewPasswordForm form = new NewPasswordForm();
        form.setChallenge(checked.pending().id());
        model.addAttribute("newPasswordForm", form);
        addPage(model, checked.pending(), Map.of(), List.of());
        return "new-password";
    }

    @PostMapping("/new-password")
    String respond(@Valid @ModelAttribute NewPasswordForm form, BindingResult result, VisitContext visit,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ChallengeGuard.Checked checked = guard.check(request, form.getChallenge());
        if (checked.redirect() != null) {
            return checked.redirect();
        }
        PendingSignIn pending = checked.pending();
        List<String> required = pending.challenge().requiredAttributes();
        Map<String, String> attributes = RequiredAttributes.read(required, request);
        List<String> invalid = required.stream().filter((a) -> !RequiredAttributes.isValid(attributes.get(a))).toList();
        addPage(model, pending, attributes, invalid);
        passwords.check(form, result, pending.typedUsername(), pending.helpdesk() ? null : visit.product().name());
        if (result.hasErrors() || !invalid.isEmpty()) {
            FormErrors.invalidInput(response);
            return "new-password";
        }
        try {
            // Any further challenge (MFA) only concerns signing in: the password is set
            // either way.
            SignInResult signIn = (pending.helpdesk() ? helpdeskCognito : cognito)
                .respondToNewPassword(pending.challenge(), form.getPassword(), attributes);
            flows.finishSignIn(request);
            if (pending.helpdesk()) {
                return admitToConsole(pending, signIn, request, response);
            }
            redirect.addFlashAttribute("completion", new Completion("password-changed", pending.typedUsername()));
            return "redirect:/done";
        }
        catch (CognitoFailure failure) {
            if (failure.kind() == CognitoFailure.Kind.SESSION_EXPIRED) {
                return guard.expiredByCognito(request, pending);
            }
            FormErrors.reject(failure, result, response);
        }
        return "new-password";
    }

    private String admitToConsole(PendingSignIn pending, SignInResult signIn, HttpServletRequest request,
            HttpServletResponse response) {
        HelpdeskAuthentication console = helpdesk.getIfAvailable();
        if (console == null || !console.admits(signIn)) {
            return "redirect:/admin/sign-in?passwordSet";
        }
        console.signIn(pending.typedUsername(), request, response);
        return "redirect:/admin";
    }

    private void addPage(Model model, PendingSignIn pending, Map<String, String> attributes, List<String> invalid) {
        model.addAttribute("username", pending.typedUsername());
        model.addAttribute("attributes",
                RequiredAttributes.fields(pending.challenge().requiredAttributes(), attributes));
        model.addAttribute("invalidAttributes", invalid);
        model.addAttribute("policy", passwords.policy());
        model.addAttribute("secondsLeft", guard.secondsLeft(pending));
        model.addAttribute("validityMinutes", guard.validityMinutes());
    }

}

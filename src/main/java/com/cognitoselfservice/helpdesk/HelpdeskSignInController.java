package com.cognitoselfservice.helpdesk;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import com.cognitoselfservice.abuse.AbuseLimits;
import com.cognitoselfservice.abuse.RateLimitedException;
import com.cognitoselfservice.cognito.CognitoFailure;
import com.cognitoselfservice.cognito.SignInGateway;
import com.cognitoselfservice.cognito.SignInResult;
import com.cognitoselfservice.flow.FlowSessions;
import com.cognitoselfservice.flow.PendingSignIn;
import com.cognitoselfservice.flow.Visit;
import com.cognitoselfservice.web.ClientAddress;
import com.cognitoselfservice.web.FormErrors;

/**
 * {@code /admin/sign-in}: a helpdesk person signs in with their own Cognito account, with
 * the same limits as the user pages; a temporary password goes through
 * {@code /new-password} first.
 */
@Controller
@ConditionalOnBooleanProperty("admin.enabled")
class HelpdeskSignInController {

    private final SignInGateway cognito;

    private final HelpdeskAuthentication authentication;

    private final HelpdeskAudit audit;

    private final AbuseLimits limits;

    private final FlowSessions flows;

    private final Clock clock;

    HelpdeskSignInController(@Qualifier("helpdeskSignInGateway") SignInGateway cognito,
            HelpdeskAuthentication authentication, HelpdeskAudit audit, AbuseLimits limits, FlowSessions flows,
            Clock clock) {
        this.cognito = cognito;
        this.authentication = authentication;
        this.audit = audit;
        this.limits = limits;
        this.flows = flows;
        this.clock = clock;
    }

    @GetMapping("/admin/sign-in")
    String show(Model model) {
        model.addAttribute("helpdeskSignInForm", new HelpdeskSignInForm());
        return "admin/sign-in";
    }

    @PostMapping("/admin/sign-in")
    String signIn(@Valid @ModelAttribute HelpdeskSignInForm form, BindingResult result, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (result.hasErrors()) {
            FormErrors.invalidInput(response);
            return "admin/sign-in";
        }
        try {
            limits.checkSignIn(ClientAddress.of(request), form.getUsername());
            SignInResult signIn = cognito.signIn(form.getUsername(), form.getPassword());
            if (signIn.isSignedIn()) {
                return admit(form.getUsername(), signIn, request, response, model);
            }
            if (signIn.challenge().isNewPasswordRequired()) {
                flows.startSignIn(request,
                        PendingSignIn.helpdesk(signIn.challenge(), clock.instant(), form.getUsername()), Visit.DEFAULT);
                return "redirect:/new-password";
            }
            result.reject("helpdesk.sign-in.unsupported-challenge");
            FormErrors.invalidInput(response);
        }
        catch (RateLimitedException limited) {
            FormErrors.reject(limited, result, response);
        }
        catch (CognitoFailure failure) {
            FormErrors.reject(failure, result, response);
        }
        return "admin/sign-in";
    }

    private String admit(String username, SignInResult signIn, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        if (!authentication.admits(signIn)) {
            audit.record(request, "sign-in", username, "refused: not in group " + authentication.group());
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("group", authentication.group());
            return "admin/forbidden";
        }
        authentication.signIn(username, request, response);
        audit.record(request, "sign-in", username, "success");
        return "redirect:/admin";
    }

}

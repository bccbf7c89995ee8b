package com.cognitoselfservice.forgot;

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

import com.cognitoselfservice.abuse.AbuseLimits;
import com.cognitoselfservice.abuse.RateLimitedException;
import com.cognitoselfservice.cognito.CodeDelivery;
import com.cognitoselfservice.cognito.CognitoFailure;
import com.cognitoselfservice.cognito.CognitoGateway;
import com.cognitoselfservice.flow.FlowSessions;
import com.cognitoselfservice.flow.ResetFlow;
import com.cognitoselfservice.product.VisitContext;
import com.cognitoselfservice.web.ClientAddress;
import com.cognitoselfservice.web.EntryParameters;
import com.cognitoselfservice.web.FormErrors;
import com.cognitoselfservice.web.ResetProperties;
import com.cognitoselfservice.web.ResponseTimeFloor;

@Controller
class ForgotPasswordController {

    private final CognitoGateway cognito;

    private final AbuseLimits limits;

    private final FlowSessions flows;

    private final ResetProperties properties;

    private final Clock clock;

    ForgotPasswordController(CognitoGateway cognito, AbuseLimits limits, FlowSessions flows, ResetProperties properties,
            Clock clock) {
        this.cognito = cognito;
        this.limits = limits;
        this.flows = flows;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/forgot-password")
    String show(@RequestParam(required = false) @Nullable String username, Model model) {
        ForgotPasswordForm form = new ForgotPasswordForm();
        form.setUsername(EntryParameters.username(username));
        model.addAttribute("forgotPasswordForm", form);
        return "forgot-password";
    }

    @PostMapping("/forgot-password")
    String send(@Valid @ModelAttribute ForgotPasswordForm form, BindingResult result, VisitContext visit,
            HttpServletRequest request, HttpServletResponse response) {
        if (result.hasErrors()) {
            FormErrors.invalidInput(response);
            return "forgot-password";
        }
        try {
            CodeDelivery delivery = ResponseTimeFloor.atLeast(properties.forgotPasswordMinimumDuration(), () -> {
                limits.checkCodeSend(ClientAddress.of(request), form.getUsername());
                return cognito.forgotPassword(form.getUsername());
            });
            flows.start(request, ResetFlow.codeSent(form.getUsername(), delivery, clock.instant()), visit.visit());
            return "redirect:/confirm-code";
        }
        catch (RateLimitedException limited) {
            FormErrors.reject(limited, result, response);
        }
        catch (CognitoFailure failure) {
            FormErrors.reject(failure, result, response);
        }
        return "forgot-password";
    }

}

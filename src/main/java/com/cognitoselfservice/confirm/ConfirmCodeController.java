package com.cognitoselfservice.confirm;

import java.time.Clock;
import java.util.Optional;

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
import com.cognitoselfservice.cognito.CognitoFailure;
import com.cognitoselfservice.cognito.CognitoGateway;
import com.cognitoselfservice.done.Completion;
import com.cognitoselfservice.flow.FlowSessions;
import com.cognitoselfservice.flow.ResetFlow;
import com.cognitoselfservice.web.ClientAddress;
import com.cognitoselfservice.web.FormErrors;
import com.cognitoselfservice.web.NewPasswordCheck;
import com.cognitoselfservice.web.ResetProperties;

@Controller
class ConfirmCodeController {

    static final String START_AGAIN = "redirect:/forgot-password?expired";

    private final CognitoGateway cognito;

    private final NewPasswordCheck passwords;

    private final AbuseLimits limits;

    private final FlowSessions flows;

    private final ResetProperties properties;

    private final Clock clock;

    ConfirmCodeController(CognitoGateway cognito, NewPasswordCheck passwords, AbuseLimits limits, FlowSessions flows,
            ResetProperties properties, Clock clock) {
        this.cognito = cognito;
        this.passwords = passwords;
        this.limits = limits;
        this.flows = flows;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/confirm-code")
    String show(HttpServletRequest request, Model model) {
        Optional<ResetFlow> flow = flows.current(request);
        if (flow.isEmpty()) {
            return START_AGAIN;
        }
        model.addAttribute("confirmCodeForm", new ConfirmCodeForm());
        addPage(model, flow.get());
        return "confirm-code";
    }

    @PostMapping("/confirm-code")
    String confirm(@Valid @ModelAttribute ConfirmCodeForm form, BindingResult result, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Optional<ResetFlow> current = flows.current(request);
        if (current.isEmpty()) {
            return START_AGAIN;
        }
        ResetFlow flow = current.get();
        addPage(model, flow);
        passwords.check(form, result);
        if (result.hasErrors()) {
            FormErrors.invalidInput(response);
            return "confirm-code";
        }
        try {
            limits.checkConfirm(ClientAddress.of(request), flow.username());
            cognito.confirmForgotPassword(flow.username(), form.getCode(), form.getPassword());
            flows.finish(request);
            redirect.addFlashAttribute("completion", new Completion("password-reset", flow.returnTo()));
            return "redirect:/done";
        }
        catch (RateLimitedException limited) {
            FormErrors.reject(limited, result, response);
        }
        catch (CognitoFailure failure) {
            FormErrors.reject(failure, result, response);
        }
        return "confirm-code";
    }

    private void addPage(Model model, ResetFlow flow) {
        model.addAttribute("flow", flow);
        model.addAttribute("policy", passwords.policy());
        model.addAttribute("cooldownSeconds", ResendController.secondsLeft(flow, clock, properties));
        model.addAttribute("supportContact", properties.supportContact());
    }

}

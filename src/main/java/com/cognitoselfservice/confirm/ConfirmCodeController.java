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
import com.cognitoselfservice.product.VisitContext;
import com.cognitoselfservice.web.ClientAddress;
import com.cognitoselfservice.web.FormErrors;
import com.cognitoselfservice.web.NewPasswordCheck;
import com.cognitoselfservice.web.ResetProperties;

@Controller
class ConfirmCodeController {

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
    String show(VisitContext visit, HttpServletRequest request, Model model) {
        Optional<ResetFlow> flow = flows.current(request);
        if (flow.isEmpty()) {
            return "redirect:" + startAgain(visit);
        }
        model.addAttribute("confirmCodeForm", new ConfirmCodeForm());
        addPage(model, flow.get(), visit);
        return "confirm-code";
    }

    @PostMapping("/confirm-code")
    String confirm(@Valid @ModelAttribute ConfirmCodeForm form, BindingResult result, VisitContext visit,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Optional<ResetFlow> current = flows.current(request);
        if (current.isEmpty()) {
            return "redirect:" + startAgain(visit);
        }
        ResetFlow flow = current.get();
        addPage(model, flow, visit);
        passwords.check(form, result, flow.username(), visit.product().name());
        if (result.hasErrors()) {
            FormErrors.invalidInput(response);
            return "confirm-code";
        }
        try {
            limits.checkConfirm(ClientAddress.of(request), flow.username());
            cognito.confirmForgotPassword(flow.username(), form.getCode(), form.getPassword());
            flows.finish(request);
            redirect.addFlashAttribute("completion", new Completion("password-reset", flow.username()));
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

    /** Back to the start of the flow, for the same product, when its session is gone. */
    static String startAgain(VisitContext visit) {
        return visit.visit().linkTo("/forgot-password").queryParam("expired").build().toUriString();
    }

    private void addPage(Model model, ResetFlow flow, VisitContext visit) {
        model.addAttribute("flow", flow);
        model.addAttribute("policy", passwords.policy());
        model.addAttribute("cooldownSeconds", ResendController.secondsLeft(flow, clock, properties));
        model.addAttribute("supportContact", visit.product().supportContact());
    }

}

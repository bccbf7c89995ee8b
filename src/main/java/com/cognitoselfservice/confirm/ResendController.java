package com.cognitoselfservice.confirm;

import java.time.Clock;
import java.util.Optional;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRedirectView;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.cognitoselfservice.abuse.AbuseLimits;
import com.cognitoselfservice.abuse.RateLimitedException;
import com.cognitoselfservice.cognito.CodeDelivery;
import com.cognitoselfservice.cognito.CognitoFailure;
import com.cognitoselfservice.cognito.CognitoGateway;
import com.cognitoselfservice.flow.FlowSessions;
import com.cognitoselfservice.flow.ResetFlow;
import com.cognitoselfservice.product.VisitContext;
import com.cognitoselfservice.web.ClientAddress;
import com.cognitoselfservice.web.ResetProperties;

/**
 * {@code /confirm-code/resend}: another code, no sooner than the cooldown allows. With
 * HTMX only the resend part of the confirm page is swapped; without it the whole page is
 * shown again.
 */
@Controller
class ResendController {

    private static final String FRAGMENT = "confirm-code :: resend";

    private final CognitoGateway cognito;

    private final AbuseLimits limits;

    private final FlowSessions flows;

    private final ResetProperties properties;

    private final Clock clock;

    ResendController(CognitoGateway cognito, AbuseLimits limits, FlowSessions flows, ResetProperties properties,
            Clock clock) {
        this.cognito = cognito;
        this.limits = limits;
        this.flows = flows;
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping("/confirm-code/resend")
    Object resend(HtmxRequest htmx, VisitContext visit, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        Optional<ResetFlow> current = flows.current(request);
        if (current.isEmpty()) {
            // HX-Redirect: the browser loads the page, instead of HTMX swapping it into
            // the resend part.
            String startAgain = ConfirmCodeController.startAgain(visit);
            return htmx.isHtmxRequest() ? new HtmxRedirectView(startAgain) : "redirect:" + startAgain;
        }
        ResetFlow flow = current.get();
        ResendOutcome outcome = send(flow, request);
        ResetFlow updated = flows.current(request).orElse(flow);
        if (!htmx.isHtmxRequest()) {
            redirect.addFlashAttribute("resendOutcome", outcome);
            return "redirect:/confirm-code";
        }
        response.setStatus(HttpStatus.OK.value());
        model.addAttribute("flow", updated);
        model.addAttribute("resendOutcome", outcome);
        model.addAttribute("cooldownSeconds", secondsLeft(updated, clock, properties));
        return FRAGMENT;
    }

    private ResendOutcome send(ResetFlow flow, HttpServletRequest request) {
        long wait = secondsLeft(flow, clock, properties);
        if (wait > 0) {
            return new ResendOutcome("confirm-code.resend.wait", wait);
        }
        try {
            limits.checkCodeSend(ClientAddress.of(request), flow.username());
            CodeDelivery delivery = cognito.forgotPassword(flow.username());
            flows.save(request, flow.withCodeSent(delivery, clock.instant()));
            return new ResendOutcome("confirm-code.resend.sent", 0);
        }
        catch (RateLimitedException limited) {
            return new ResendOutcome("limits.tryAgainIn", limited.retryAfterSeconds());
        }
        catch (CognitoFailure failure) {
            if (failure.kind() == CognitoFailure.Kind.UNAVAILABLE
                    || failure.kind() == CognitoFailure.Kind.MISCONFIGURED) {
                throw failure;
            }
            return new ResendOutcome(failure.messageKey(), 0);
        }
    }

    static long secondsLeft(ResetFlow flow, Clock clock, ResetProperties properties) {
        long millis = flow.cooldownLeft(clock.instant(), properties.resendCooldown()).toMillis();
        return (millis + 999) / 1000;
    }

}

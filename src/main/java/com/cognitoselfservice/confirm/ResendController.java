package com.cognitoselfservice.confirm;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.cognitoselfservice.errorpages.RetryPage;
import com.cognitoselfservice.flow.ResetFlow;
import com.cognitoselfservice.flow.ResetFlows;
import com.cognitoselfservice.refusal.Refusal;

/**
 * {@code /confirm-code/resend}: another code, no sooner than the cooldown allows. With
 * HTMX only the resend part of the confirm page is swapped; without it the whole page is
 * shown again.
 */
@Controller
class ResendController {

    private static final String FRAGMENT = "confirm-code :: resend";

    private final ResetFlows flows;

    ResendController(ResetFlows flows) {
        this.flows = flows;
    }

    @PostMapping("/confirm-code/resend")
    @RetryPage("/confirm-code")
    String resend(ResetFlow flow, HtmxRequest htmx, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        ResetFlow now = flow;
        ResendOutcome outcome;
        try {
            now = flows.resend(request, flow);
            outcome = ResendOutcome.codeSent();
        }
        catch (Refusal refusal) {
            outcome = ResendOutcome.refused(refusal);
        }
        if (!htmx.isHtmxRequest()) {
            redirect.addFlashAttribute("resendOutcome", outcome);
            return "redirect:/confirm-code";
        }
        model.addAttribute("flow", now);
        model.addAttribute("resendOutcome", outcome);
        model.addAttribute("cooldownSeconds", flows.cooldownSeconds(now));
        return FRAGMENT;
    }

}

package com.cognitoselfservice.resetrequired;

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

import com.cognitoselfservice.flow.FlowSessions;
import com.cognitoselfservice.forgot.ForgotPasswordForm;
import com.cognitoselfservice.flow.ResetFlow;
import com.cognitoselfservice.product.VisitContext;
import com.cognitoselfservice.web.EntryParameters;
import com.cognitoselfservice.web.FormErrors;

/**
 * {@code /reset-required}: where a product sends a user after
 * PasswordResetRequiredException. The administrator's reset already sent a code to a
 * verified email or phone, so the user may enter it straight away (this POST, which sends
 * nothing) or ask for a new one (the forgot flow).
 */
@Controller
class ResetRequiredController {

    // The same username as the forgot flow's, which "Send me a new code" posts to.
    private static final String FORM = "resetRequiredForm";

    private final FlowSessions flows;

    ResetRequiredController(FlowSessions flows) {
        this.flows = flows;
    }

    @GetMapping("/reset-required")
    String show(@RequestParam(required = false) @Nullable String username, Model model) {
        ForgotPasswordForm form = new ForgotPasswordForm();
        form.setUsername(EntryParameters.username(username));
        model.addAttribute(FORM, form);
        return "reset-required";
    }

    @PostMapping("/reset-required")
    String haveCode(@Valid @ModelAttribute(FORM) ForgotPasswordForm form, BindingResult result, VisitContext visit,
            HttpServletRequest request, HttpServletResponse response) {
        if (result.hasErrors()) {
            FormErrors.invalidInput(response);
            return "reset-required";
        }
        flows.start(request, ResetFlow.codeAlreadyHeld(form.getUsername()), visit.visit());
        return "redirect:/confirm-code";
    }

}

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

import com.cognitoselfservice.cognito.Username;
import com.cognitoselfservice.flow.ResetFlows;
import com.cognitoselfservice.forms.FormErrors;
import com.cognitoselfservice.refusal.Refusal;
import com.cognitoselfservice.visit.EntryPage;

/**
 * {@code /reset-required}: where a product sends a user after
 * PasswordResetRequiredException. The administrator's reset already sent a code to a
 * verified email or phone, so the user may enter it straight away (this POST, which sends
 * nothing) or ask for a new one (the forgot flow).
 */
@Controller
@EntryPage
class ResetRequiredController {

    private final ResetFlows flows;

    ResetRequiredController(ResetFlows flows) {
        this.flows = flows;
    }

    @GetMapping("/reset-required")
    String show(@RequestParam(required = false) @Nullable String username, Model model) {
        ResetRequiredForm form = new ResetRequiredForm();
        form.setUsername(Username.prefill(username));
        model.addAttribute("resetRequiredForm", form);
        return "reset-required";
    }

    @PostMapping("/reset-required")
    String haveCode(@Valid @ModelAttribute ResetRequiredForm form, BindingResult result, HttpServletRequest request,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            return "reset-required";
        }
        try {
            flows.startWithCodeHeld(request, form.getUsername());
            return "redirect:/confirm-code";
        }
        catch (Refusal refusal) {
            FormErrors.show(refusal, result, response);
            return "reset-required";
        }
    }

}

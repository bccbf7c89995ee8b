package com.cognitoselfservice.forgot;

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
import com.cognitoselfservice.refusal.Refusal;
import com.cognitoselfservice.visit.EntryPage;
import com.cognitoselfservice.web.FormErrors;

@Controller
@EntryPage
class ForgotPasswordController {

    private final ResetFlows flows;

    ForgotPasswordController(ResetFlows flows) {
        this.flows = flows;
    }

    @GetMapping("/forgot-password")
    String show(@RequestParam(required = false) @Nullable String username, Model model) {
        ForgotPasswordForm form = new ForgotPasswordForm();
        form.setUsername(Username.prefill(username));
        model.addAttribute("forgotPasswordForm", form);
        return "forgot-password";
    }

    @PostMapping("/forgot-password")
    String send(@Valid @ModelAttribute ForgotPasswordForm form, BindingResult result, HttpServletRequest request,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            return "forgot-password";
        }
        try {
            flows.start(request, form.getUsername());
            return "redirect:/confirm-code";
        }
        catch (Refusal refusal) {
            FormErrors.show(refusal, result, response);
            return "forgot-password";
        }
    }

}

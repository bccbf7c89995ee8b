package com.cognitoselfservice.forgot;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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

    /**
     * Answered once the response-time floor has passed, without holding a thread
     * meanwhile.
     */
    @PostMapping("/forgot-password")
    CompletableFuture<String> send(@Valid @ModelAttribute ForgotPasswordForm form, BindingResult result,
            HttpServletRequest request, HttpServletResponse response) {
        if (result.hasErrors()) {
            return CompletableFuture.completedFuture("forgot-password");
        }
        return flows.start(request, form.getUsername()).handle((flow, failure) -> {
            if (failure == null) {
                return "redirect:/confirm-code";
            }
            if (failure instanceof Refusal refusal) {
                FormErrors.show(refusal, result, response);
                return "forgot-password";
            }
            throw (failure instanceof RuntimeException unexpected) ? unexpected : new CompletionException(failure);
        });
    }

}

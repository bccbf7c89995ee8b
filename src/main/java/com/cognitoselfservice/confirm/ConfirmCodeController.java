package com.cognitoselfservice.confirm;

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

import com.cognitoselfservice.flow.Completions;
import com.cognitoselfservice.flow.FinishedFlow;
import com.cognitoselfservice.flow.ResetFlow;
import com.cognitoselfservice.flow.ResetFlows;
import com.cognitoselfservice.forms.FormErrors;
import com.cognitoselfservice.password.NewPasswordCheck;
import com.cognitoselfservice.refusal.Refusal;
import com.cognitoselfservice.visit.Visit;

@Controller
class ConfirmCodeController {

    private final ResetFlows flows;

    private final NewPasswordCheck passwords;

    private final Completions completions;

    ConfirmCodeController(ResetFlows flows, NewPasswordCheck passwords, Completions completions) {
        this.flows = flows;
        this.passwords = passwords;
        this.completions = completions;
    }

    @GetMapping("/confirm-code")
    String show(ResetFlow flow, Visit visit, Model model) {
        model.addAttribute("confirmCodeForm", new ConfirmCodeForm());
        addPage(model, flow, visit);
        return "confirm-code";
    }

    @PostMapping("/confirm-code")
    String confirm(@Valid @ModelAttribute ConfirmCodeForm form, BindingResult result, ResetFlow flow, Visit visit,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        addPage(model, flow, visit);
        passwords.check(form, result, flow.username(), visit.product().name());
        if (result.hasErrors()) {
            return "confirm-code";
        }
        try {
            flows.confirm(request, flow, form.getCode(), form.getPassword());
            return completions.done(request, redirect, FinishedFlow.FORGOT, flow.username(), null);
        }
        catch (Refusal refusal) {
            FormErrors.show(refusal, result, response);
            return "confirm-code";
        }
    }

    private void addPage(Model model, ResetFlow flow, Visit visit) {
        model.addAttribute("flow", flow);
        model.addAttribute("policy", passwords.policy());
        model.addAttribute("cooldownSeconds", flows.cooldownSeconds(flow));
        model.addAttribute("supportContact", visit.product().supportContact());
    }

}

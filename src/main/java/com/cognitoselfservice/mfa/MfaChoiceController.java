package com.cognitoselfservice.mfa;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import com.cognitoselfservice.forms.FormErrors;
import com.cognitoselfservice.refusal.Refusal;
import com.cognitoselfservice.signin.Answering;
import com.cognitoselfservice.signin.Challenge;
import com.cognitoselfservice.signin.SignInPurpose;
import com.cognitoselfservice.signin.SignIns;

/**
 * {@code /mfa-choice}: a person with more than one second factor chooses which to sign in
 * with (SELECT_MFA_TYPE), each named as they know it; the code is then asked for on
 * {@code /mfa-code}. The same three-minute rule as {@code /new-password} applies.
 */
@Controller
class MfaChoiceController {

    // The factors the page can name, in the order it offers them.
    private static final List<String> KNOWN = List.of("SOFTWARE_TOKEN_MFA", "SMS_MFA", "EMAIL_OTP");

    private final SignIns signIns;

    MfaChoiceController(SignIns signIns) {
        this.signIns = signIns;
    }

    @GetMapping("/mfa-choice")
    String show(@Answering(SignInPurpose.CHANGE_PASSWORD) Challenge challenge, Model model) {
        MfaChoiceForm form = new MfaChoiceForm();
        form.setChallenge(challenge.id());
        model.addAttribute("mfaChoiceForm", form);
        return page(model, challenge);
    }

    @PostMapping("/mfa-choice")
    String choose(@Valid @ModelAttribute MfaChoiceForm form, BindingResult result,
            @Answering(SignInPurpose.CHANGE_PASSWORD) Challenge challenge, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (result.hasErrors()) {
            return page(model, challenge);
        }
        try {
            return signIns.answerMfaChoice(request, challenge, form.getMethod()).redirect();
        }
        catch (Refusal refusal) {
            FormErrors.show(refusal, result, response);
            return page(model, challenge);
        }
    }

    private static String page(Model model, Challenge challenge) {
        model.addAttribute("challenge", challenge);
        model.addAttribute("methods", KNOWN.stream().filter(challenge.choices()::contains).toList());
        return "mfa-choice";
    }

}

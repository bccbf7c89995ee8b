package com.cognitoselfservice.password;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.cognitoselfservice.flow.ResetFlow;
import com.cognitoselfservice.flow.ResetFlows;
import com.cognitoselfservice.signin.SignIns;
import com.cognitoselfservice.visit.Visit;

@Controller
class PasswordHelpController {

    private static final int LONGEST = 256;

    private final NewPasswordCheck passwords;

    private final PasswordStrength strength;

    private final ResetFlows flows;

    private final SignIns signIns;

    PasswordHelpController(NewPasswordCheck passwords, PasswordStrength strength, ResetFlows flows, SignIns signIns) {
        this.passwords = passwords;
        this.strength = strength;
        this.flows = flows;
        this.signIns = signIns;
    }

    @PostMapping("/password-help")
    String advise(@RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmPassword,
            @RequestParam(required = false) @Nullable String username, Visit visit, HttpServletRequest request,
            Model model) {
        String typed = (password.length() > LONGEST) ? password.substring(0, LONGEST) : password;
        String user = (username != null && !username.isBlank()) ? username.strip() : flowUsername(request);
        String productName = visit.product().name();
        model.addAttribute("policy", passwords.policy());
        model.addAttribute("productName", productName);
        model.addAttribute("advice", passwords.advise(typed, confirmPassword, user, productName)
            .withStrength(strength.score(typed, user, productName)));
        return "fields :: password-advice";
    }

    private @Nullable String flowUsername(HttpServletRequest request) {
        return flows.current(request).map(ResetFlow::username).or(() -> signIns.pendingUsername(request)).orElse(null);
    }

}

package com.cognitoselfservice.passwordhelp;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.cognitoselfservice.flow.FlowSessions;
import com.cognitoselfservice.flow.PendingSignIn;
import com.cognitoselfservice.flow.ResetFlow;
import com.cognitoselfservice.product.VisitContext;
import com.cognitoselfservice.web.NewPasswordCheck;

@Controller
class PasswordHelpController {

    private static final int LONGEST = 256;

    private final NewPasswordCheck passwords;

    private final PasswordStrength strength;

    private final FlowSessions flows;

    PasswordHelpController(NewPasswordCheck passwords, PasswordStrength strength, FlowSessions flows) {
        this.passwords = passwords;
        this.strength = strength;
        this.flows = flows;
    }

    @PostMapping("/password-help")
    String advise(@RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmPassword,
            @RequestParam(required = false) @Nullable String username, VisitContext visit, HttpServletRequest request,
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
        return flows.current(request)
            .map(ResetFlow::username)
            .or(() -> flows.currentSignIn(request).map(PendingSignIn::typedUsername))
            .orElse(null);
    }

}

package com.cognitoselfservice.password;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.cognitoselfservice.abuse.AbuseLimits;
import com.cognitoselfservice.abuse.ClientAddress;
import com.cognitoselfservice.abuse.RateLimitedException;
import com.cognitoselfservice.visit.Visit;

/**
 * {@code /password-help}: the live help while a new password is typed. It costs more than
 * a page (strength is rated), so it has limits of its own; past them the help pauses and
 * the submit still checks everything.
 */
@Controller
class PasswordHelpController {

    private static final int LONGEST = 256;

    private final NewPasswordCheck passwords;

    private final PasswordStrength strength;

    private final FlowUsernames usernames;

    private final AbuseLimits limits;

    PasswordHelpController(NewPasswordCheck passwords, PasswordStrength strength, FlowUsernames usernames,
            AbuseLimits limits) {
        this.passwords = passwords;
        this.strength = strength;
        this.usernames = usernames;
        this.limits = limits;
    }

    @PostMapping("/password-help")
    String advise(@RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String confirmPassword,
            @RequestParam(required = false) @Nullable String username, Visit visit, HttpServletRequest request,
            Model model) {
        HttpSession session = request.getSession(false);
        limits.checkPasswordHelp(ClientAddress.of(request), (session != null) ? session.getId() : null);
        String typed = (password.length() > LONGEST) ? password.substring(0, LONGEST) : password;
        String user = (username != null && !username.isBlank()) ? username.strip() : usernames.of(request).orElse(null);
        String productName = visit.product().name();
        model.addAttribute("policy", passwords.policy());
        model.addAttribute("productName", productName);
        model.addAttribute("advice", passwords.advise(typed, confirmPassword, user, productName)
            .withStrength(strength.score(typed, user, productName)));
        return "fields :: password-advice";
    }

    // HTMX leaves the help as it was; the page stays usable.
    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<Void> paused(RateLimitedException limited) {
        return ResponseEntity.status(limited.status())
            .header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()))
            .build();
    }

}

package com.cognitoselfservice.helpdesk;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.cognitoselfservice.cognito.HelpdeskFailure;
import com.cognitoselfservice.cognito.HelpdeskGateway;
import com.cognitoselfservice.cognito.ManagedUser;

/**
 * {@code /admin}: find a user by username prefix or email; {@code /admin/user}: one
 * user's details.
 */
@Controller
@ConditionalOnBooleanProperty("admin.enabled")
class UsersController {

    // ListUsers filters are quoted strings: a quote or backslash could change the filter
    // itself.
    static final Pattern QUERY = Pattern.compile("[^\"\\\\\\p{Cc}]{1,128}");

    private final HelpdeskGateway cognito;

    UsersController(HelpdeskGateway cognito) {
        this.cognito = cognito;
    }

    @GetMapping("/admin")
    String search(@RequestParam(required = false) @Nullable String q, Model model, HttpServletResponse response) {
        if (!cognito.hasCredentials()) {
            model.addAttribute("noCredentials", true);
            return "admin/users";
        }
        model.addAttribute("q", q);
        if (q == null || q.isBlank()) {
            return "admin/users";
        }
        String query = q.strip();
        if (!QUERY.matcher(query).matches()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("queryError", "helpdesk.search.invalid");
            return "admin/users";
        }
        try {
            List<ManagedUser> users = cognito.search(query);
            model.addAttribute("users", users);
        }
        catch (HelpdeskFailure failure) {
            model.addAttribute("failure", failure);
        }
        return "admin/users";
    }

    @GetMapping("/admin/user")
    String user(@RequestParam String username, Model model, HttpServletResponse response) {
        return UserPage.show(cognito, username, model, response);
    }

}

package com.cognitoselfservice.admin;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.cognitoselfservice.cognito.AdminFailure;
import com.cognitoselfservice.cognito.AdminGateway;
import com.cognitoselfservice.visit.StaffPage;

/**
 * {@code /admin}: find a user by username prefix or email; {@code /admin/user}: one
 * user's details.
 */
@Controller
@StaffPage
@ConditionalOnBooleanProperty("admin.enabled")
class UsersController {

    // ListUsers filters are quoted strings: a quote or backslash could change the filter
    // itself.
    static final Pattern QUERY = Pattern.compile("[^\"\\\\\\p{Cc}]{1,128}");

    private final AdminGateway cognito;

    private final ManagedUsers users;

    UsersController(AdminGateway cognito, ManagedUsers users) {
        this.cognito = cognito;
        this.users = users;
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
            model.addAttribute("queryError", "admin.search.invalid");
            return "admin/users";
        }
        try {
            model.addAttribute("users", cognito.search(query));
        }
        catch (AdminFailure failure) {
            model.addAttribute("failure", failure);
        }
        return "admin/users";
    }

    @GetMapping("/admin/user")
    String user(@RequestParam String username, Model model) {
        users.show(username, model);
        return "admin/user";
    }

}

package com.cognitoselfservice.helpdesk;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

import com.cognitoselfservice.cognito.HelpdeskFailure;
import com.cognitoselfservice.cognito.HelpdeskGateway;
import com.cognitoselfservice.cognito.ManagedUser;

/**
 * The user page, shown on its own and again after every action with the state Cognito now
 * reports.
 */
final class UserPage {

    private UserPage() {
    }

    static String show(HelpdeskGateway cognito, String username, Model model, HttpServletResponse response) {
        try {
            ManagedUser user = cognito.user(username);
            model.addAttribute("user", user);
            return "admin/user";
        }
        catch (HelpdeskFailure failure) {
            response.setStatus("UserNotFound".equals(failure.errorCode()) ? HttpStatus.NOT_FOUND.value()
                    : HttpStatus.BAD_GATEWAY.value());
            model.addAttribute("failure", failure);
            model.addAttribute("username", username);
            return "admin/user-missing";
        }
    }

}

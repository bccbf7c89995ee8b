package com.cognitoselfservice.admin;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import com.cognitoselfservice.cognito.AdminFailure;
import com.cognitoselfservice.cognito.AdminGateway;
import com.cognitoselfservice.cognito.ManagedUser;

/**
 * The user a console page is about, read from Cognito afresh for every page and after
 * every action. A user Cognito cannot show gets a page saying why (404 for one the pool
 * lacks, 502 when Cognito failed).
 */
@Component
@ControllerAdvice(
        assignableTypes = { UsersController.class, ResetPasswordController.class, SetPasswordController.class })
@ConditionalOnBooleanProperty("admin.enabled")
class ManagedUsers {

    private final AdminGateway cognito;

    ManagedUsers(AdminGateway cognito) {
        this.cognito = cognito;
    }

    /** Puts the user on the page as {@code user}. */
    ManagedUser show(String username, Model model) {
        try {
            ManagedUser user = cognito.user(username);
            model.addAttribute("user", user);
            return user;
        }
        catch (AdminFailure failure) {
            throw new UserUnavailable(username, failure);
        }
    }

    @ExceptionHandler(UserUnavailable.class)
    String unavailable(UserUnavailable unavailable, HttpServletResponse response, Model model) {
        AdminFailure failure = unavailable.failure;
        response.setStatus(failure.isUserNotFound() ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_GATEWAY.value());
        model.addAttribute("failure", failure);
        model.addAttribute("username", unavailable.username);
        return "admin/user-missing";
    }

    /** AdminGetUser failed for the user a page is about. */
    static final class UserUnavailable extends RuntimeException {

        private final String username;

        private final AdminFailure failure;

        UserUnavailable(String username, AdminFailure failure) {
            super(failure.errorCode(), failure, false, false);
            this.username = username;
            this.failure = failure;
        }

    }

}

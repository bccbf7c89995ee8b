package com.cognitoselfservice.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;

import com.cognitoselfservice.cognito.CognitoFailure;

/**
 * The pages for what no form can fix: Cognito or the network is down (503, try again) or
 * the operator's configuration is wrong (the details are in the log, never on the page),
 * and an expired form.
 */
@ControllerAdvice
@Controller
class ErrorPages {

    @ExceptionHandler(CognitoFailure.class)
    String cognitoFailure(CognitoFailure failure, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        if (failure.kind() == CognitoFailure.Kind.MISCONFIGURED) {
            response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
            return "misconfigured";
        }
        // Trying again means showing the form again, not re-sending what failed.
        model.addAttribute("retryPath", request.getRequestURI().replaceFirst("/resend$", ""));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", "30");
        return "unavailable";
    }

    @RequestMapping("/form-expired")
    String formExpired(HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        return "form-expired";
    }

}

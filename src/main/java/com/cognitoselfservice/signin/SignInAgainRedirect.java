package com.cognitoselfservice.signin;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import com.cognitoselfservice.visit.Visits;

/**
 * Sends a person whose challenge can no longer be answered back to the sign-in it came
 * from, for the same visit, with their username and the reason.
 */
@ControllerAdvice
class SignInAgainRedirect {

    private final Visits visits;

    SignInAgainRedirect(Visits visits) {
        this.visits = visits;
    }

    @ExceptionHandler(SignInAgain.class)
    String signInAgain(SignInAgain again, HttpServletRequest request) {
        return "redirect:" + visits.current(request)
            .linkTo(again.purpose().signInPage())
            .queryParam(again.why().parameter())
            .queryParam("username", again.username())
            .encode()
            .build()
            .toUriString();
    }

}

package com.cognitoselfservice.product;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page its visit, and an unknown {@code client} a 404 page of its own rather
 * than the default product's branding.
 */
@ControllerAdvice
class VisitModel {

    private final VisitResolver visits;

    VisitModel(VisitResolver visits) {
        this.visits = visits;
    }

    @ModelAttribute("visit")
    VisitContext visit(HttpServletRequest request) {
        return visits.resolve(request).orElseThrow(UnknownProductException::new);
    }

    @ExceptionHandler(UnknownProductException.class)
    String unknownProduct(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("visit", visits.orDefault(request));
        return "unknown-product";
    }

}

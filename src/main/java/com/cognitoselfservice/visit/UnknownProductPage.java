package com.cognitoselfservice.visit;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * An unknown {@code client} gets a 404 page of its own, in the default product's look,
 * rather than some product's branding.
 */
@ControllerAdvice
class UnknownProductPage {

    @ExceptionHandler(UnknownProductException.class)
    String unknownProduct(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "unknown-product";
    }

}

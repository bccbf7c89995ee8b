package com.cognitoselfservice.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An HTMX request swaps a part of the page, and only on success: a failure that needs a
 * whole page of its own must tell the browser to load that page ({@code HX-Redirect}).
 */
final class HtmxRequests {

    private static final String HX_REDIRECT = "HX-Redirect";

    private HtmxRequests() {
    }

    static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }

    static void loadPage(HttpServletResponse response, HttpStatus status, String path) {
        response.setStatus(status.value());
        response.setHeader(HX_REDIRECT, path);
    }

    static ResponseEntity<Void> loadPage(HttpStatus status, String path) {
        return ResponseEntity.status(status).header(HX_REDIRECT, path).build();
    }

}

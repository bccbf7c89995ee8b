package com.cognitoselfservice.errorpages;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * A form sent without a valid CSRF token (it was open too long, or the cookie is gone)
 * gets the "form expired" page. HTMX does not swap a 403 into the page, so an HTMX
 * request is told to load that page instead, unless a field's live help made it.
 */
public class ExpiredForms implements AccessDeniedHandler {

    static final String PAGE = "/form-expired";

    private final AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();

    public ExpiredForms() {
        page.setErrorPage(PAGE);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        HtmxRequest htmx = HtmxRequest.fromRequest(request);
        // HTMX names the input, not a form, that made the request.
        if (htmx.isHtmxRequest() && htmx.getTriggerName() != null) {
            // Live help for a field sent just as its form was submitted carries the
            // token of the page being left. Nothing was done and there is nothing to
            // show: the help stays, and the person goes on to their next page.
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return;
        }
        if (htmx.isHtmxRequest()) {
            ErrorPages.loadPage(response, HttpStatus.FORBIDDEN, request.getContextPath() + PAGE);
            return;
        }
        page.handle(request, response, denied);
    }

}

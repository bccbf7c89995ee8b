package com.cognitoselfservice.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

import com.cognitoselfservice.visit.Visit;
import com.cognitoselfservice.visit.Visits;

/**
 * The Content-Security-Policy of the product being visited; an unknown product's page may
 * be framed by no one. Browsers without CSP get X-Frame-Options DENY where no origin may
 * frame. The {@link IsolationHeaders} follow the same product.
 */
@Component
class PageHeaders implements HeaderWriter {

    private final Visits visits;

    PageHeaders(Visits visits) {
        this.visits = visits;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        Visit visit = visits.current(request);
        response.setHeader("Content-Security-Policy",
                ContentSecurityPolicy.of(visit.frameAncestors(), visit.product().logoOrigin()));
        if (visit.frameAncestors().isEmpty()) {
            response.setHeader("X-Frame-Options", "DENY");
        }
        IsolationHeaders.write(response, visit.embeddable());
    }

}

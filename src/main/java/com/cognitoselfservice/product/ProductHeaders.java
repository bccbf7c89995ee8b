package com.cognitoselfservice.product;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of the product being visited; an unknown product's page may
 * be framed by no one. Browsers without CSP get X-Frame-Options DENY where no origin may
 * frame.
 */
@Component
public class ProductHeaders implements HeaderWriter {

    private final VisitResolver visits;

    ProductHeaders(VisitResolver visits) {
        this.visits = visits;
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        Product product = visits.resolve(request).map(VisitContext::product).orElse(null);
        response.setHeader("Content-Security-Policy", ContentSecurityPolicy.of(product));
        if (product == null || !product.isEmbeddable()) {
            response.setHeader("X-Frame-Options", "DENY");
        }
    }

}

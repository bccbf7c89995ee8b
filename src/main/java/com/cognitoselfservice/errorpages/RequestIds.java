package com.cognitoselfservice.errorpages;

import java.io.IOException;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.cognitoselfservice.deploymentkeys.TokenRandom;

/**
 * Gives every request an id of its own: in the log lines it causes ({@code request.id}),
 * in the {@code X-Request-Id} header, and on the error pages, so that a person can quote
 * it to support and support can find those lines. An id a client sends is not taken: it
 * could point support at someone else's lines.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIds extends OncePerRequestFilter {

    /** The request attribute, read by the error pages as {@code requestId}. */
    static final String ATTRIBUTE = "requestId";

    static final String LOG_KEY = "request.id";

    static final String HEADER = "X-Request-Id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] random = new byte[6];
        TokenRandom.get().nextBytes(random);
        String id = HexFormat.of().formatHex(random);
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put(LOG_KEY, id);
        try {
            chain.doFilter(request, response);
        }
        finally {
            MDC.remove(LOG_KEY);
        }
    }

}

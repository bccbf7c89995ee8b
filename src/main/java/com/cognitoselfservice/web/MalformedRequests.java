package com.cognitoselfservice.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose parameters cannot be decoded (invalid UTF-8 in the query or the form)
 * gets a plain 400 page before anything reads them: the container would otherwise throw
 * wherever a parameter is first read, with the raw value in the message. The log says so
 * once a minute, without the values.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class MalformedRequests extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequests.class);

    private static final byte[] PAGE = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"/>"
            + "<title>Bad request</title></head><body><main><h1>Bad request</h1>"
            + "<p>This address or form could not be read. Nothing was changed.</p>"
            + "<p><a href=\"/\">Start again</a></p></main></body></html>")
        .getBytes(StandardCharsets.UTF_8);

    private final ThrottledLog refusals = new ThrottledLog(log);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        }
        catch (IllegalStateException undecodable) {
            refusals.warn("Refused requests whose parameters could not be decoded");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLength(PAGE.length);
            response.getOutputStream().write(PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

}

package com.cognitoselfservice.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.cognitoselfservice.errorpages.ThrottledLog;

/**
 * A request whose parameters cannot be decoded (invalid UTF-8 in the query or the form),
 * or with a header no browser sends (control characters, an Accept header that lists no
 * media types), gets a plain 400 page before anything reads them: the container would
 * otherwise throw wherever a parameter is first read, with the raw value in the message.
 * The log says so once a minute, without the values.
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

    private static final Pattern READABLE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    private final ThrottledLog refusals = new ThrottledLog(log);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!readableHeaders(request)) {
            refuse(response, "Refused requests with control or unassigned characters in a header");
            return;
        }
        if (!readableAccept(request)) {
            refuse(response, "Refused requests whose Accept header is not a list of media types");
            return;
        }
        try {
            request.getParameterMap();
        }
        catch (IllegalStateException undecodable) {
            refuse(response, "Refused requests whose parameters could not be decoded");
            return;
        }
        chain.doFilter(request, response);
    }

    // What Spring Security's firewall checks each time a header is read (and then throws
    // from wherever that is): checked once, here, for every header.
    private static boolean readableHeaders(HttpServletRequest request) {
        for (String name : Collections.list(request.getHeaderNames())) {
            if (!READABLE.matcher(name).matches()) {
                return false;
            }
            for (String value : Collections.list(request.getHeaders(name))) {
                if (!READABLE.matcher(value).matches()) {
                    return false;
                }
            }
        }
        return true;
    }

    // Spring reads Accept in several places, and one of them logs a warning each time it
    // cannot: refused here once instead.
    private static boolean readableAccept(HttpServletRequest request) {
        try {
            MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
            return true;
        }
        catch (InvalidMediaTypeException ex) {
            return false;
        }
    }

    private void refuse(HttpServletResponse response, String why) throws IOException {
        refusals.warn(why);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(PAGE.length);
        response.getOutputStream().write(PAGE);
    }

}

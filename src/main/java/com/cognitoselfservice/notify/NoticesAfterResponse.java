package com.cognitoselfservice.notify;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the notices a request took note of to the sender once its response is complete
 * and sent: outermost, so that the session is saved and every header written before.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NoticesAfterResponse extends OncePerRequestFilter {

    private final PasswordNotices notices;

    NoticesAfterResponse(PasswordNotices notices) {
        this.notices = notices;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        finally {
            if (!request.isAsyncStarted() && notices.hasPending(request)) {
                flush(response);
                notices.sendPending(request);
            }
        }
    }

    private static void flush(HttpServletResponse response) {
        try {
            response.flushBuffer();
        }
        catch (IOException ex) {
            // The person went away; their password changed all the same.
        }
    }

}

package com.cognitoselfservice.errorpages;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every 5xx answer writes one WARN line with the reference its page shows and why it was
 * given, so that support finds what a person quotes. Per cause, at most
 * {@value #LINES_PER_SECOND} lines a second; the next line written then says how many
 * were not, so an outage under load cannot flood the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class ServerErrorAnswers extends OncePerRequestFilter {

    static final int LINES_PER_SECOND = 10;

    static final String STORE_AWAY = "the shared store (Redis) could not be reached";

    private static final String CAUSE = ServerErrorAnswers.class.getName() + ".cause";

    private static final Logger log = LoggerFactory.getLogger(ServerErrorAnswers.class);

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    /** Names why this request is answered with a 5xx, for its log line. */
    public static void because(ServletRequest request, String cause) {
        request.setAttribute(CAUSE, cause);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        catch (ServletException | IOException | RuntimeException ex) {
            answered(request, 500, "unexpected " + ex.getClass().getSimpleName(), "");
            throw ex;
        }
        if (!request.isAsyncStarted() && response.getStatus() >= 500) {
            Object cause = request.getAttribute(CAUSE);
            if (cause != null) {
                answered(request, response.getStatus(), cause.toString(), "");
            }
            else {
                answered(request, response.getStatus(), "the page answers so by itself",
                        ": " + request.getServletPath());
            }
        }
    }

    // The cause is counted, from a fixed set, so that no path a client chooses adds to
    // what is kept; the detail is only written.
    private void answered(HttpServletRequest request, int status, String cause, String detail) {
        long skipped = windows.computeIfAbsent(cause, (key) -> new Window()).take(System.nanoTime());
        if (skipped < 0) {
            return;
        }
        String reference = Objects.toString(request.getAttribute(RequestIds.ATTRIBUTE), "none");
        if (skipped == 0) {
            log.warn("Answered {} with reference {}: {}{}", status, reference, cause, detail);
        }
        else {
            log.warn("Answered {} with reference {}: {}{} (and {} more for this cause not logged one by one)", status,
                    reference, cause, detail, skipped);
        }
    }

    /**
     * Lines written in the current second, and answers not logged since the last line.
     */
    static final class Window {

        private long second;

        private int written;

        private long skipped;

        // How many were skipped before this line, or -1 when this one is skipped too.
        synchronized long take(long nanos) {
            long now = nanos / 1_000_000_000L;
            if (now != second) {
                second = now;
                written = 0;
            }
            if (written >= LINES_PER_SECOND) {
                skipped++;
                return -1;
            }
            written++;
            long before = skipped;
            skipped = 0;
            return before;
        }

    }

}

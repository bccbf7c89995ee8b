package com.cognitoselfservice.errorpages;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

import com.cognitoselfservice.sharedstore.StoreUnavailable;

/**
 * What a request does when the shared store (Redis) is out of reach, just inside Spring
 * Session's filter: a page view whose session cannot be read goes on without one (an
 * entry page needs none; any other page refuses, see the visit's resolution); a request
 * that would change the session, or whose session cannot be saved, gets the 503 page that
 * says the progress is kept. Never a 500.
 */
@Component
@Profile("redis")
class StoreOutages extends OncePerRequestFilter implements Ordered {

    private static final Logger logger = LoggerFactory.getLogger(StoreOutages.class);

    private static final ThrottledLog warnings = new ThrottledLog(logger);

    @Override
    public int getOrder() {
        return SessionRepositoryFilter.DEFAULT_ORDER + 1;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OutageAware outageAware = new OutageAware(request);
        try {
            chain.doFilter(outageAware, response);
            if (!request.isAsyncStarted()) {
                // The session is saved as the response is committed: here, while a
                // failure can still become the page below.
                response.flushBuffer();
            }
        }
        catch (ServletException | IOException | RuntimeException ex) {
            StoreUnavailable outage = outage(ex);
            if (outage == null || response.isCommitted()) {
                throw ex;
            }
            warnings.warn("The shared store cannot be reached: a request was answered 503");
            logger.debug("Shared store failure", outage);
            StoreUnavailable.notice(request);
            ServerErrorAnswers.because(request, ServerErrorAnswers.STORE_AWAY);
            response.resetBuffer();
            String retry = UriComponentsBuilder.fromPath("/unavailable")
                .queryParam("retry", request.getRequestURI().substring(request.getContextPath().length()))
                .build()
                .toUriString();
            if (HtmxRequest.fromRequest(request).isHtmxRequest()) {
                ErrorPages.loadPage(response, HttpStatus.SERVICE_UNAVAILABLE, request.getContextPath() + retry);
                return;
            }
            request.getRequestDispatcher(retry).forward(outageAware, response);
        }
    }

    private static @Nullable StoreUnavailable outage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreUnavailable outage) {
                return outage;
            }
        }
        return null;
    }

    /**
     * A request whose session, when the store cannot be reached, is none for a page view
     * and a failure for anything else.
     */
    private static final class OutageAware extends HttpServletRequestWrapper {

        OutageAware(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable HttpSession getSession(boolean create) {
            if (StoreUnavailable.noticed(this)) {
                if (create) {
                    throw StoreUnavailable.forSessionOf(this);
                }
                return null;
            }
            try {
                return super.getSession(create);
            }
            catch (StoreUnavailable ex) {
                if (create || !isPageView()) {
                    throw ex;
                }
                StoreUnavailable.notice(this);
                return null;
            }
        }

        @Override
        public HttpSession getSession() {
            HttpSession session = getSession(true);
            if (session == null) {
                throw StoreUnavailable.forSessionOf(this);
            }
            return session;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            try {
                return !StoreUnavailable.noticed(this) && super.isRequestedSessionIdValid();
            }
            catch (StoreUnavailable ex) {
                StoreUnavailable.notice(this);
                return false;
            }
        }

        private boolean isPageView() {
            return "GET".equals(getMethod()) || "HEAD".equals(getMethod());
        }

    }

}

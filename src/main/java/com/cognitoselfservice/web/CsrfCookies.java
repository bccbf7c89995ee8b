package com.cognitoselfservice.web;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;

import com.cognitoselfservice.visit.Visits;

/**
 * CSRF tokens kept in a cookie, so that showing a form stores nothing on the server, with
 * the attributes of the product being visited: {@code SameSite=None; Secure; Partitioned}
 * where it may be framed, {@code SameSite=Lax} elsewhere.
 */
@Component
class CsrfCookies implements CsrfTokenRepository {

    static final String COOKIE = "XSRF-TOKEN";

    private static final String PARAMETER = "_csrf";

    private static final String HEADER = "X-XSRF-TOKEN";

    private final Visits visits;

    CsrfCookies(Visits visits) {
        this.visits = visits;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return new DefaultCsrfToken(HEADER, PARAMETER, UUID.randomUUID().toString());
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        boolean embeddable = visits.current(request).embeddable();
        ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie
            .from(COOKIE, (token != null) ? token.getToken() : "")
            .path("/")
            .httpOnly(true)
            .maxAge((token != null) ? -1 : 0);
        if (embeddable) {
            cookie.sameSite("None").secure(true).partitioned(true);
        }
        else {
            cookie.sameSite("Lax").secure(request.isSecure());
        }
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                return new DefaultCsrfToken(HEADER, PARAMETER, cookie.getValue());
            }
        }
        return null;
    }

}

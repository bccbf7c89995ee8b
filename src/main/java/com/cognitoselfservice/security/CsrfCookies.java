package com.cognitoselfservice.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;

import com.cognitoselfservice.deploymentkeys.ServerKeys;
import com.cognitoselfservice.deploymentkeys.SigningKey;
import com.cognitoselfservice.deploymentkeys.TokenRandom;
import com.cognitoselfservice.visit.Visits;

/**
 * CSRF tokens kept in a cookie, so that showing a form stores nothing on the server, and
 * signed, so that a cookie someone else managed to set does not count: a token is a value
 * (random without a session; the session's own within one) and an HMAC, under the
 * deployment's key, over that value and the id of the session it was issued in. Once a
 * flow or a sign-in starts (a new session id), earlier tokens no longer count and a new
 * one is issued. Over HTTPS the cookie is {@code __Host-} prefixed, which no other host
 * can set; it has the attributes of the product being visited
 * ({@code SameSite=None; Secure; Partitioned} where it may be framed,
 * {@code SameSite=Lax} elsewhere).
 */
@Component
class CsrfCookies implements CsrfTokenRepository {

    static final String COOKIE = "XSRF-TOKEN";

    static final String SECURE_COOKIE = "__Host-" + COOKIE;

    private static final String PARAMETER = "_csrf";

    private static final String HEADER = "X-XSRF-TOKEN";

    private final Visits visits;

    private final SigningKey key;

    private final List<SigningKey> accepted;

    CsrfCookies(Visits visits, ServerKeys keys) {
        this.visits = visits;
        this.key = keys.signing("csrf");
        this.accepted = keys.signingKeys("csrf");
    }

    /**
     * A random token while there is no session; within a session, the one token of that
     * session (its nonce an HMAC of the session id), so that two requests that both find
     * the cookie out of date (the page after a sign-in, and a live check sent just before
     * it) issue the same token, and neither response's cookie undoes the other's page.
     */
    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        String session = sessionOf(request);
        String nonce;
        if (session.isEmpty()) {
            byte[] value = new byte[32];
            TokenRandom.get().nextBytes(value);
            nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(value);
        }
        else {
            nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(key.sign("nonce|" + session));
        }
        return token(nonce + "." + mac(nonce, session));
    }

    @Override
    public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        boolean embeddable = visits.current(request).embeddable();
        ResponseCookie.ResponseCookieBuilder cookie = ResponseCookie
            .from(request.isSecure() ? SECURE_COOKIE : COOKIE, (token != null) ? token.getToken() : "")
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

    /** The token of the cookie, if this server issued it for this session. */
    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        String name = request.isSecure() ? SECURE_COOKIE : COOKIE;
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName()) && isIssuedFor(cookie.getValue(), sessionOf(request))) {
                return token(cookie.getValue());
            }
        }
        return null;
    }

    private boolean isIssuedFor(String value, String session) {
        int dot = value.indexOf('.');
        if (dot < 1 || dot == value.length() - 1) {
            return false;
        }
        byte[] presented = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        for (SigningKey candidate : accepted) {
            byte[] expected = mac(candidate, value.substring(0, dot), session).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, presented)) {
                return true;
            }
        }
        return false;
    }

    private String mac(String nonce, String session) {
        return mac(key, nonce, session);
    }

    private static String mac(SigningKey key, String nonce, String session) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.sign(nonce + "|" + session));
    }

    // Without a session the token is bound to nothing more than the browser's cookie.
    private static String sessionOf(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return (session != null) ? session.getId() : "";
    }

    private static CsrfToken token(String value) {
        return new DefaultCsrfToken(HEADER, PARAMETER, value);
    }

}

package com.cognitoselfservice.session;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.stereotype.Component;

import com.cognitoselfservice.visit.Visits;

/**
 * Session cookie attributes by the visit's product: {@code SameSite=Lax} normally; for a
 * product whose pages may be framed, {@code SameSite=None; Secure; Partitioned}, so that
 * the session also works inside its iframe, kept apart per embedding site.
 */
@Component
class SessionCookies implements CookieSerializer {

    private static final String SESSION_COOKIE = "SESSION";

    private final Visits visits;

    private final DefaultCookieSerializer firstParty = serializer();

    private final DefaultCookieSerializer embedded = serializer();

    SessionCookies(Visits visits) {
        this.visits = visits;
        firstParty.setSameSite("Lax");
        embedded.setSameSite("None");
        embedded.setUseSecureCookie(true);
        embedded.setPartitioned(true);
    }

    @Override
    public void writeCookieValue(CookieValue cookieValue) {
        (visits.current(cookieValue.getRequest()).embeddable() ? embedded : firstParty).writeCookieValue(cookieValue);
    }

    @Override
    public List<String> readCookieValues(HttpServletRequest request) {
        return firstParty.readCookieValues(request);
    }

    private static DefaultCookieSerializer serializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(SESSION_COOKIE);
        serializer.setUseHttpOnlyCookie(true);
        return serializer;
    }

}

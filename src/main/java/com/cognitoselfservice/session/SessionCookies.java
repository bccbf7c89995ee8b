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
 * the session also works inside its iframe, kept apart per embedding site. Over HTTPS the
 * cookie is {@code __Host-SESSION}.
 */
@Component
class SessionCookies implements CookieSerializer {

    private static final String SESSION_COOKIE = "SESSION";

    // Over HTTPS no other host (a sibling subdomain, say) can set a cookie of this name.
    private static final String SECURE_SESSION_COOKIE = "__Host-SESSION";

    private final Visits visits;

    private final DefaultCookieSerializer firstParty = serializer(SESSION_COOKIE, "Lax");

    private final DefaultCookieSerializer secureFirstParty = serializer(SECURE_SESSION_COOKIE, "Lax");

    private final DefaultCookieSerializer embedded = embedded(SESSION_COOKIE);

    private final DefaultCookieSerializer secureEmbedded = embedded(SECURE_SESSION_COOKIE);

    SessionCookies(Visits visits) {
        this.visits = visits;
    }

    @Override
    public void writeCookieValue(CookieValue cookieValue) {
        HttpServletRequest request = cookieValue.getRequest();
        boolean secure = request.isSecure();
        if (visits.current(request).embeddable()) {
            (secure ? secureEmbedded : embedded).writeCookieValue(cookieValue);
        }
        else {
            (secure ? secureFirstParty : firstParty).writeCookieValue(cookieValue);
        }
    }

    @Override
    public List<String> readCookieValues(HttpServletRequest request) {
        return (request.isSecure() ? secureFirstParty : firstParty).readCookieValues(request);
    }

    private static DefaultCookieSerializer embedded(String name) {
        DefaultCookieSerializer serializer = serializer(name, "None");
        serializer.setUseSecureCookie(true);
        serializer.setPartitioned(true);
        return serializer;
    }

    private static DefaultCookieSerializer serializer(String name, String sameSite) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(name);
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite(sameSite);
        return serializer;
    }

}

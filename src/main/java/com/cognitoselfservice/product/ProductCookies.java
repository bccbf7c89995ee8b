package com.cognitoselfservice.product;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.stereotype.Component;

/**
 * Session cookie attributes by product: {@code SameSite=Lax} normally; for a product
 * whose pages may be framed, {@code SameSite=None; Secure; Partitioned}, so that the
 * session also works inside its iframe, kept apart per embedding site.
 */
@Component
public class ProductCookies implements CookieSerializer {

    private static final String SESSION_COOKIE = "SESSION";

    private final VisitResolver visits;

    private final DefaultCookieSerializer firstParty = serializer();

    private final DefaultCookieSerializer embedded = serializer();

    ProductCookies(VisitResolver visits) {
        this.visits = visits;
        firstParty.setSameSite("Lax");
        embedded.setSameSite("None");
        embedded.setUseSecureCookie(true);
        embedded.setPartitioned(true);
    }

    @Override
    public void writeCookieValue(CookieValue cookieValue) {
        (isEmbeddable(cookieValue.getRequest()) ? embedded : firstParty).writeCookieValue(cookieValue);
    }

    @Override
    public List<String> readCookieValues(HttpServletRequest request) {
        return firstParty.readCookieValues(request);
    }

    private boolean isEmbeddable(HttpServletRequest request) {
        return visits.orDefault(request).product().isEmbeddable();
    }

    private static DefaultCookieSerializer serializer() {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(SESSION_COOKIE);
        serializer.setUseHttpOnlyCookie(true);
        return serializer;
    }

}

package com.cognitoselfservice.notify;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import com.cognitoselfservice.abuse.ClientAddress;
import com.cognitoselfservice.product.Product;
import com.cognitoselfservice.product.ProductCatalog;
import com.cognitoselfservice.visit.Visit;
import com.cognitoselfservice.visit.Visits;

/**
 * Takes note of a password change while its request is answered: the person's language,
 * the product, the browser family and network. Links are made from
 * {@code RESET_PUBLIC_URL}, never from the request, whose Host header could point them at
 * another site. The notice is handed to the sender once the response is out
 * ({@link NoticesAfterResponse}), so it never delays or fails a page.
 */
@Component
public class PasswordNotices {

    private static final String PENDING = PasswordNotices.class.getName() + ".pending";

    private final NoticeSwitch enabled;

    private final Visits visits;

    private final ProductCatalog products;

    private final Clock clock;

    private final NoticeSender sender;

    PasswordNotices(NoticeSwitch enabled, Visits visits, ProductCatalog products, Clock clock, NoticeSender sender) {
        this.enabled = enabled;
        this.visits = visits;
        this.products = products;
        this.clock = clock;
        this.sender = sender;
    }

    /**
     * The person changed their own password in this request; the notice goes to the
     * verified email given, else to what AdminGetUser says.
     */
    public void changedByUser(HttpServletRequest request, String username, Change change,
            @Nullable String verifiedEmail) {
        if (!enabled.isOn()) {
            return;
        }
        Visit visit = visits.current(request);
        pending(request).add(new Notice(username, verifiedEmail, change, clock.instant(), visit.locale(),
                brand(visit.product()), Requesters.browserFamily(request.getHeader(HttpHeaders.USER_AGENT)),
                Requesters.network(ClientAddress.exact(request)), forgotLink(visit.product(), username)));
    }

    /**
     * The helpdesk changed it: the default product's language and branding, and no
     * browser or network, which would be the helpdesk's.
     */
    public void changedByHelpdesk(HttpServletRequest request, String username, Change change) {
        if (!enabled.isOn()) {
            return;
        }
        Product product = products.defaultProduct();
        Locale locale = (product.language() != null) ? product.language() : Locale.ENGLISH;
        pending(request).add(new Notice(username, null, change, clock.instant(), locale, brand(product), null, null,
                forgotLink(product, username)));
    }

    /** Hands what this request took note of to the sender; its response is out. */
    void sendPending(HttpServletRequest request) {
        if (request.getAttribute(PENDING) instanceof List<?> pending) {
            pending.forEach((notice) -> sender.offer((Notice) notice));
            pending.clear();
        }
    }

    /** Whether this request took note of a change. */
    boolean hasPending(HttpServletRequest request) {
        return request.getAttribute(PENDING) instanceof List<?> pending && !pending.isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Notice> pending(HttpServletRequest request) {
        Object pending = request.getAttribute(PENDING);
        if (pending == null) {
            pending = new ArrayList<Notice>();
            request.setAttribute(PENDING, pending);
        }
        return (List<Notice>) pending;
    }

    private Notice.Brand brand(Product product) {
        return new Notice.Brand(product.name(), absolute(product.logoUrl()), product.color().hex(),
                product.supportContact());
    }

    private @Nullable String absolute(@Nullable String url) {
        if (url == null || url.startsWith("https://") || url.startsWith("http://")) {
            return url;
        }
        return UriComponentsBuilder.fromUri(enabled.publicUrl()).path(url).build().toUriString();
    }

    private String forgotLink(Product product, String username) {
        UriComponentsBuilder link = UriComponentsBuilder.fromUri(enabled.publicUrl()).path("/forgot-password");
        if (product.client() != null) {
            link.queryParam("client", product.client());
        }
        return link.queryParam("username", username).encode().build().toUriString();
    }

}

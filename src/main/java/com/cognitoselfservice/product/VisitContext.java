package com.cognitoselfservice.product;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

import com.cognitoselfservice.flow.Visit;

/**
 * The visit being served and the product it is for: what the pages need to brand
 * themselves, link onwards and embed.
 */
public record VisitContext(Product product, Visit visit) {

    /**
     * A link to an entry route that keeps the product, language, embedding and return.
     */
    public String link(String path) {
        return visit.link(path);
    }

    /** The same, with the username the next page should start with. */
    public String link(String path, @Nullable String username) {
        if (username == null || username.isEmpty()) {
            return visit.link(path);
        }
        return visit.linkTo(path).queryParam("username", username).encode().build().toUriString();
    }

    /** The same page in another language. */
    String link(String path, @Nullable String username, String language) {
        UriComponentsBuilder uri = visit.linkTo(path).replaceQueryParam("lang", language);
        if (username != null && !username.isEmpty()) {
            uri.queryParam("username", username);
        }
        return uri.encode().build().toUriString();
    }

    public boolean embedded() {
        return visit.embedded();
    }

    /**
     * The {@code return_to}, checked again: the allow-list may have changed meanwhile.
     */
    public @Nullable String returnTo() {
        return product.returnUrls().allowedOrEmpty(visit.returnTo()).orElse(null);
    }

    public String brandStylesheet() {
        return "/brand/" + product.key() + ".css";
    }

    public @Nullable String logoUrl() {
        Logo logo = product.logo();
        if (logo == null) {
            return null;
        }
        return (logo.externalUrl() != null) ? logo.externalUrl() : "/brand/" + product.key() + "/logo";
    }

    /** The origins completion messages may be posted to, space-separated. */
    public String messageOrigins() {
        return String.join(" ", product.frameAncestors());
    }

}

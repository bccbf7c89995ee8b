package com.cognitoselfservice.flow;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a visitor came from and how to show the pages: the product's client key (none for
 * the default product), the allowed {@code return_to}, the chosen language and whether
 * the pages are embedded in the product's iframe. Read from the entry page's parameters
 * and held in the session for the rest of the flow.
 */
public record Visit(@Nullable String client, @Nullable String returnTo, @Nullable String language,
        boolean embedded) implements Serializable {

    public static final Visit DEFAULT = new Visit(null, null, null, false);

    public Visit withLanguage(String newLanguage) {
        return new Visit(client, returnTo, newLanguage, embedded);
    }

    /** A link to an entry route that starts a new flow for the same visit. */
    public String link(String path) {
        return linkTo(path).encode().build().toUriString();
    }

    public UriComponentsBuilder linkTo(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (client != null) {
            uri.queryParam("client", client);
        }
        if (language != null) {
            uri.queryParam("lang", language);
        }
        if (embedded) {
            uri.queryParam("embed", "1");
        }
        if (returnTo != null) {
            uri.queryParam("return_to", returnTo);
        }
        return uri;
    }

}

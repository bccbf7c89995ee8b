package com.cognitoselfservice.visit;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

import com.cognitoselfservice.sharedstore.KeptInSession;

/**
 * What a visit keeps for the rest of a flow: the product's client key (none for the
 * default product), the allowed {@code return_to}, the chosen language and whether the
 * pages are embedded in the product's iframe. Read from the entry page's parameters and
 * held in the session once a flow starts.
 */
@KeptInSession
public record HeldVisit(@Nullable String client, @Nullable String returnTo, @Nullable String language,
        boolean embedded) implements Serializable {

    public static final HeldVisit DEFAULT = new HeldVisit(null, null, null, false);

    HeldVisit withLanguage(String newLanguage) {
        return new HeldVisit(client, returnTo, newLanguage, embedded);
    }

    /**
     * A link to a route of the app that keeps the product, language, embedding and
     * return.
     */
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

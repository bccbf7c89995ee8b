package com.cognitoselfservice.product;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.cognitoselfservice.cognito.AppClient;

/**
 * A product as the pages show it and as Cognito knows it. {@code client} is null for the
 * default product; {@code name} is null when the default product has no name of its own.
 */
public record Product(@Nullable String client, @Nullable String name, AppClient appClient, @Nullable Logo logo,
        BrandColor color, @Nullable String supportContact, ReturnUrlPolicy returnUrls, List<String> frameAncestors,
        @Nullable Locale language) {

    /** Used in this product's brand URLs ({@code /brand/default.css}). */
    public String key() {
        return (client != null) ? client : ProductCatalog.DEFAULT_KEY;
    }

    /** Embedding is enabled for the product when some origin may frame its pages. */
    public boolean isEmbeddable() {
        return !frameAncestors.isEmpty();
    }

    /** The stylesheet with the product's colour, its URL naming the colour's version. */
    public String stylesheet() {
        return "/brand/" + key() + ".css?v=" + color.version();
    }

    public @Nullable String logoUrl() {
        if (logo == null) {
            return null;
        }
        return (logo.externalUrl() != null) ? logo.externalUrl() : "/brand/" + key() + "/logo";
    }

    /** The origin to allow in {@code img-src}, for a logo served from elsewhere. */
    public @Nullable String logoOrigin() {
        return (logo == null) ? null : logo.externalOrigin();
    }

}

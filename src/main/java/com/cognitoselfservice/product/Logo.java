package com.cognitoselfservice.product;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;

/**
 * A product's logo: a file served by this app from the logo folder, or an {@code https}
 * URL that the Content-Security-Policy then allows.
 */
public record Logo(@Nullable Resource file, @Nullable String externalUrl, String mediaType) {

    /** The origin to allow in {@code img-src}, for an external logo. */
    public @Nullable String externalOrigin() {
        if (externalUrl == null) {
            return null;
        }
        URI uri = URI.create(externalUrl);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

}

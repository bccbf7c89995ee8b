package com.cognitoselfservice.security;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The policy every page is served with: nothing inline, nothing from elsewhere but an
 * external logo, and framing only by the product's own origins.
 */
public final class ContentSecurityPolicy {

    private ContentSecurityPolicy() {
    }

    public static String of(List<String> frameAncestors, @Nullable String logoOrigin) {
        String ancestors = frameAncestors.isEmpty() ? "'none'" : String.join(" ", frameAncestors);
        String images = (logoOrigin == null) ? "'self' data:" : "'self' data: " + logoOrigin;
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + images + "; "
                + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
                + "frame-ancestors " + ancestors;
    }

}

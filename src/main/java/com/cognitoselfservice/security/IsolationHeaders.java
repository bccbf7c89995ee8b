package com.cognitoselfservice.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;

/**
 * What a page may use and who may use it: no camera, microphone, location, payment or
 * USB; no window of another site keeps a handle on it; and its resources are for this
 * site only, unless the product embeds the pages, whose site then loads them.
 */
public final class IsolationHeaders {

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "browsing-topics=()";

    private IsolationHeaders() {
    }

    static void write(HttpServletResponse response, boolean embeddable) {
        response.setHeader("Permissions-Policy", PERMISSIONS);
        // An iframe is not affected by the opener policy, so embedding keeps working.
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        // A resource made for use elsewhere (a logo that emails show) has said so
        // already.
        if (!response.containsHeader("Cross-Origin-Resource-Policy")) {
            response.setHeader("Cross-Origin-Resource-Policy", embeddable ? "cross-origin" : "same-origin");
        }
    }

    /** The same for pages that are never embedded, such as the admin console. */
    public static HeaderWriter notEmbedded() {
        return (HttpServletRequest request, HttpServletResponse response) -> write(response, false);
    }

}

package com.cognitoselfservice.notify;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One notice waiting to be sent: taken from the request, so that nothing about the
 * request is needed once the page is answered. Holds no password, code or token.
 */
record Notice(String username, @Nullable String verifiedEmail, Change change, Instant at, Locale locale, Brand brand,
        @Nullable String browser, @Nullable String network, String forgotPasswordLink) {

    /** The product's name, logo (an absolute URL), colour and support contact. */
    record Brand(@Nullable String name, @Nullable String logoUrl, String color, @Nullable String supportContact) {
    }

    Notice to(String email) {
        return new Notice(username, email, change, at, locale, brand, browser, network, forgotPasswordLink);
    }

}

package com.cognitoselfservice.change;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a sign-in sends the user next, with the username and return URL carried along.
 */
public final class SignInRedirects {

    private SignInRedirects() {
    }

    /**
     * Back to the sign-in the challenge came from ({@code /change-password}, or
     * {@code /admin/sign-in} for the helpdesk) with a reason: {@code expired} or
     * {@code restart}.
     */
    public static String signInAgain(String reason, String username, boolean helpdesk) {
        return "redirect:" + UriComponentsBuilder.fromPath(helpdesk ? "/admin/sign-in" : "/change-password")
            .queryParam(reason)
            .queryParam("username", username)
            .encode()
            .build()
            .toUriString();
    }

    static String resetRequired(String username, @Nullable String returnTo) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/reset-required").queryParam("username", username);
        if (returnTo != null) {
            uri.queryParam("return_to", returnTo);
        }
        return "redirect:" + uri.encode().build().toUriString();
    }

}

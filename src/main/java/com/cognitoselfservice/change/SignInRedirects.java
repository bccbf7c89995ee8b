package com.cognitoselfservice.change;

import org.springframework.web.util.UriComponentsBuilder;

import com.cognitoselfservice.flow.Visit;

/**
 * Where a sign-in sends the user next, with the username and the visit carried along.
 */
public final class SignInRedirects {

    private SignInRedirects() {
    }

    /**
     * Back to the sign-in the challenge came from ({@code /change-password}, or
     * {@code /admin/sign-in} for the helpdesk) with a reason: {@code expired} or
     * {@code restart}.
     */
    public static String signInAgain(String reason, String username, boolean helpdesk, Visit visit) {
        UriComponentsBuilder uri = helpdesk ? UriComponentsBuilder.fromPath("/admin/sign-in")
                : visit.linkTo("/change-password");
        return "redirect:" + uri.queryParam(reason).queryParam("username", username).encode().build().toUriString();
    }

    static String resetRequired(String username, Visit visit) {
        return "redirect:"
                + visit.linkTo("/reset-required").queryParam("username", username).encode().build().toUriString();
    }

}

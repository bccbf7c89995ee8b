package com.cognitoselfservice.notify;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

/**
 * The verified email an ID token named during this request, for the notice the request
 * may end with; without one the address is asked of Cognito (AdminGetUser).
 */
public final class NoticeAddress {

    private static final String ATTRIBUTE = NoticeAddress.class.getName();

    private NoticeAddress() {
    }

    public static void remember(HttpServletRequest request, @Nullable String verifiedEmail) {
        if (verifiedEmail != null) {
            request.setAttribute(ATTRIBUTE, verifiedEmail);
        }
    }

    static @Nullable String of(HttpServletRequest request) {
        return (request.getAttribute(ATTRIBUTE) instanceof String email) ? email : null;
    }

}

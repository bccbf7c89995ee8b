package com.cognitoselfservice.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A page that carries something made for this one view, such as a proof-of-work
 * challenge: rendered each time, never kept with the entry pages rendered before.
 */
public final class PersonalPage {

    private static final String ATTRIBUTE = PersonalPage.class.getName();

    private PersonalPage() {
    }

    public static void mark(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    static boolean isMarked(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) != null;
    }

}

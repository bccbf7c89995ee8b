package com.cognitoselfservice.visit;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a page is the visit's.
 */
@Component("localeResolver")
class VisitLocaleResolver implements LocaleResolver {

    private final Visits visits;

    VisitLocaleResolver(Visits visits) {
        this.visits = visits;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return visits.current(request).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        throw new UnsupportedOperationException("The language follows the visit: link with ?lang= to change it");
    }

}

package com.cognitoselfservice.product;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import com.cognitoselfservice.language.Language;
import com.cognitoselfservice.language.Languages;

/**
 * The language of a page: the visit's {@code lang}, else the product's default language,
 * else the best match for the browser's {@code Accept-Language}, else English. Staff
 * pages (the helpdesk console, the demo mailbox) are English only.
 */
@Component("localeResolver")
class VisitLocaleResolver implements LocaleResolver {

    private static final String RESOLVED = VisitLocaleResolver.class.getName() + ".locale";

    private final VisitResolver visits;

    VisitLocaleResolver(VisitResolver visits) {
        this.visits = visits;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        // Asked once per message a page renders, so it is worked out once per request.
        if (request.getAttribute(RESOLVED) instanceof Locale resolved) {
            return resolved;
        }
        Locale locale = isStaffPage(request) ? Languages.ENGLISH.locale() : choose(request);
        request.setAttribute(RESOLVED, locale);
        return locale;
    }

    private Locale choose(HttpServletRequest request) {
        VisitContext visit = visits.orDefault(request);
        return Languages.named(visit.visit().language())
            .map(Language::locale)
            .or(() -> Optional.ofNullable(visit.product().language()))
            .or(() -> Languages.bestFor(request.getHeader("Accept-Language")).map(Language::locale))
            .orElse(Languages.ENGLISH.locale());
    }

    static boolean isStaffPage(HttpServletRequest request) {
        String path = VisitResolver.pathOf(request);
        return path.equals("/admin") || path.startsWith("/admin/") || path.startsWith("/dev/");
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        throw new UnsupportedOperationException("The language follows the visit: link with ?lang= to change it");
    }

}

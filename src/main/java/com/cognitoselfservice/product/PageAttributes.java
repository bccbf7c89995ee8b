package com.cognitoselfservice.product;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

import com.cognitoselfservice.language.Language;
import com.cognitoselfservice.language.Languages;
import com.cognitoselfservice.web.EntryParameters;

/**
 * Puts the visit and the language switch where every page, error pages included, can read
 * them. The switch links to the page's own path with the visit and another {@code lang};
 * nothing else of the request is reflected, and a submitted form's fields are not kept,
 * so switching shows the form again, empty.
 */
class PageAttributes implements HandlerInterceptor {

    private final VisitResolver visits;

    PageAttributes(VisitResolver visits) {
        this.visits = visits;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        VisitContext visit = visits.orDefault(request);
        request.setAttribute("visit", visit);
        if (!VisitLocaleResolver.isStaffPage(request)) {
            request.setAttribute("languages", languages(request, visit));
        }
        return true;
    }

    static LanguageSwitch languages(HttpServletRequest request, VisitContext visit) {
        String path = VisitResolver.pathOf(request);
        String username = EntryParameters.username(request.getParameter("username"));
        Locale locale = RequestContextUtils.getLocale(request);
        Language current = Languages.of(locale);
        return new LanguageSwitch(current,
                Languages.SUPPORTED.stream()
                    .map((language) -> new LanguageSwitch.Link(language.tag(), language.nativeName(),
                            visit.link(path, username, language.tag()), language.equals(current)))
                    .toList());
    }

}

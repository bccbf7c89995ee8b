package com.cognitoselfservice.renderedpages;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import com.cognitoselfservice.visit.Visits;

/**
 * Values made for one view of an entry page, such as a proof-of-work challenge. An entry
 * page kept rendered ({@link RenderedPages}) has a slot where each goes, filled in for
 * every view, as its form token is; a page rendered each time gets the value itself.
 */
public final class PerView {

    private static final String VALUES = PerView.class.getName();

    private static final String SLOT_PREFIX = "per-view-";

    static final String SLOT_SUFFIX = "-6b1f3e";

    private PerView() {
    }

    /**
     * What the template should print for this value: a slot when the page is kept
     * rendered, else the value. The name is lowercase letters.
     */
    public static String value(HttpServletRequest request, String name, String value) {
        if (!isKept(request)) {
            return value;
        }
        values(request).put(name, value);
        return SLOT_PREFIX + name + SLOT_SUFFIX;
    }

    /**
     * Whether this request's page is one kept rendered: a GET of an entry page without a
     * session, not by HTMX.
     */
    static boolean isKept(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod()) && request.getDispatcherType() == DispatcherType.REQUEST
                && request.getSession(false) == null && request.getHeader("HX-Request") == null
                && request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod page
                && Visits.isEntryPage(page);
    }

    /** The values this view fills its page's slots with, by name. */
    @SuppressWarnings("unchecked")
    static Map<String, String> values(HttpServletRequest request) {
        Object values = request.getAttribute(VALUES);
        if (values == null) {
            values = new LinkedHashMap<String, String>();
            request.setAttribute(VALUES, values);
        }
        return (Map<String, String>) values;
    }

    /** The slot markers that may appear in a rendered page, as a pattern. */
    static String slotPattern() {
        return SLOT_PREFIX + "([a-z]+)" + SLOT_SUFFIX;
    }

}

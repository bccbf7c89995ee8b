package com.cognitoselfservice.renderedpages;

import java.util.Optional;
import java.util.concurrent.Callable;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Entry pages as rendered before, so that a page view does not run the templates again.
 * Without a session, an entry page is made of its URL, its language and the settings
 * alone (never of a person's state), so the page rendered for the same URL and language
 * is the same but for its form token, which is put in afresh for every view, as are the
 * values made for one view ({@link PerView}). Other pages, form submissions, HTMX
 * requests and anyone with a session are rendered each time. Bounded by size: URLs nobody
 * asked for before cost a rendering, as without it.
 */
class RenderedPages {

    private static final long MAXIMUM_BYTES = 8L * 1024 * 1024;

    private final Cache<String, RenderedPage> pages = Caffeine.newBuilder()
        .maximumWeight(MAXIMUM_BYTES)
        .weigher((String key, RenderedPage page) -> key.length() + page.size())
        .build();

    /**
     * The key of the page this request shows, if it is a page kept here; a page with
     * slots for values of its own view is kept apart from the same page without.
     */
    Optional<String> keyOf(HttpServletRequest request, String view) {
        if (!PerView.isKept(request)) {
            return Optional.empty();
        }
        String query = request.getQueryString();
        return Optional
            .of(view + '\n' + RequestContextUtils.getLocale(request).toLanguageTag() + '\n' + request.getRequestURI()
                    + ((query != null) ? "?" + query : "") + '\n' + String.join(",", PerView.values(request).keySet()));
    }

    RenderedPage get(String key, Callable<RenderedPage> render) {
        return pages.get(key, (ignored) -> {
            try {
                return render.call();
            }
            catch (Exception ex) {
                throw new PageNotRendered(ex);
            }
        });
    }

    /** How many pages are kept. */
    long count() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    /** What went wrong rendering a page, passed on as it was. */
    static final class PageNotRendered extends RuntimeException {

        PageNotRendered(Exception cause) {
            super(cause);
        }

    }

}

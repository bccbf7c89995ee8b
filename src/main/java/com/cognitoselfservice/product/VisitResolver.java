package com.cognitoselfservice.product;

import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.cognitoselfservice.flow.FlowSessions;
import com.cognitoselfservice.flow.Visit;
import com.cognitoselfservice.language.Language;
import com.cognitoselfservice.language.Languages;

/**
 * Works out the visit of a request once. Entry routes read {@code client},
 * {@code return_to}, {@code lang} and {@code embed} from the request, as they start a
 * flow; every later page uses the visit held in the session, so that a changed query
 * string cannot rebrand a flow or redirect its end. Only {@code lang} may change it
 * there: that is the language switch.
 */
@Component
public class VisitResolver {

    private static final String RESOLVED = VisitResolver.class.getName() + ".resolved";

    private static final Set<String> ENTRY_ROUTES = Set.of("/", "/forgot-password", "/change-password",
            "/reset-required");

    private final ProductCatalog catalog;

    private final FlowSessions flows;

    VisitResolver(ProductCatalog catalog, FlowSessions flows) {
        this.catalog = catalog;
        this.flows = flows;
    }

    /** The visit, or empty when the {@code client} parameter names no product. */
    public Optional<VisitContext> resolve(HttpServletRequest request) {
        if (request.getAttribute(RESOLVED) instanceof Resolution resolution) {
            return resolution.context();
        }
        Optional<VisitContext> context = compute(request);
        request.setAttribute(RESOLVED, new Resolution(context));
        return context;
    }

    public VisitContext orDefault(HttpServletRequest request) {
        return resolve(request).orElseGet(() -> new VisitContext(catalog.defaultProduct(), Visit.DEFAULT));
    }

    private Optional<VisitContext> compute(HttpServletRequest request) {
        if (!ENTRY_ROUTES.contains(pathOf(request))) {
            Optional<Visit> held = flows.visit(request);
            if (held.isPresent()) {
                Visit visit = switchedLanguage(request, held.get());
                return catalog.find(visit.client()).map((product) -> new VisitContext(product, visit));
            }
        }
        return fromParameters(request);
    }

    private Visit switchedLanguage(HttpServletRequest request, Visit visit) {
        Optional<String> asked = Languages.named(request.getParameter("lang")).map(Language::tag);
        if (asked.isEmpty() || asked.get().equals(visit.language())) {
            return visit;
        }
        Visit switched = visit.withLanguage(asked.get());
        flows.rememberVisit(request, switched);
        return switched;
    }

    private Optional<VisitContext> fromParameters(HttpServletRequest request) {
        String client = blankToNull(request.getParameter("client"));
        return catalog.find(client).map((product) -> {
            String returnTo = product.returnUrls().allowedOrEmpty(request.getParameter("return_to")).orElse(null);
            String language = Languages.named(request.getParameter("lang")).map(Language::tag).orElse(null);
            String embed = request.getParameter("embed");
            boolean embedded = "1".equals(embed) || "true".equals(embed);
            return new VisitContext(product, new Visit(product.client(), returnTo, language, embedded));
        });
    }

    /** The request's path within the app. */
    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return (value == null || value.isBlank()) ? null : value.strip();
    }

    private record Resolution(Optional<VisitContext> context) {
    }

}

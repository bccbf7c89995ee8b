package com.cognitoselfservice.visit;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

import com.cognitoselfservice.cognito.Username;
import com.cognitoselfservice.language.Language;
import com.cognitoselfservice.language.Languages;
import com.cognitoselfservice.product.Product;
import com.cognitoselfservice.product.ProductCatalog;

/**
 * Works out the visit of a request, once. Entry pages read {@code client},
 * {@code return_to}, {@code lang} and {@code embed} from the request, as they start a
 * flow; every later page uses the visit held in the session, so that a changed query
 * string cannot rebrand a flow or redirect its end. Only {@code lang} may change it
 * there: that is the language switch, and the session keeps the new language. Staff pages
 * are the default product's, in English.
 */
@Component
public class Visits {

    /** The request attribute the resolved visit is kept in, which pages read. */
    static final String ATTRIBUTE = "visit";

    static final String HELD = "visit";

    private final ProductCatalog catalog;

    Visits(ProductCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The visit of this request, resolved for a later page if no page resolved it yet.
     */
    public Visit current(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Visit visit) {
            return visit;
        }
        return resolve(request, PageKind.LATER);
    }

    /** Whether a handler is an {@link EntryPage}, by its method or its class. */
    public static boolean isEntryPage(HandlerMethod page) {
        return page.hasMethodAnnotation(EntryPage.class) || page.getBeanType().isAnnotationPresent(EntryPage.class);
    }

    /** Keeps the request's visit in its session for the rest of the flow. */
    public void remember(HttpServletRequest request) {
        request.getSession(true).setAttribute(HELD, current(request).held());
    }

    Visit resolve(HttpServletRequest request, PageKind kind) {
        Visit visit = switch (kind) {
            case STAFF -> new Visit(catalog.defaultProduct(), HeldVisit.DEFAULT, true, Languages.ENGLISH, null);
            case ENTRY -> fromParameters(request);
            case LATER ->
                held(request).map((held) -> fromSession(request, held)).orElseGet(() -> fromParameters(request));
        };
        request.setAttribute(ATTRIBUTE, visit);
        return visit;
    }

    private Visit fromParameters(HttpServletRequest request) {
        String client = blankToNull(request.getParameter("client"));
        Optional<Product> named = catalog.find(client);
        Product product = named.orElseGet(catalog::defaultProduct);
        String returnTo = product.returnUrls().allowedOrEmpty(request.getParameter("return_to")).orElse(null);
        String language = Languages.named(request.getParameter("lang")).map(Language::tag).orElse(null);
        String embed = request.getParameter("embed");
        boolean embedded = "1".equals(embed) || "true".equals(embed);
        HeldVisit held = named.isPresent() ? new HeldVisit(product.client(), returnTo, language, embedded)
                : HeldVisit.DEFAULT;
        return visit(request, product, held, named.isPresent());
    }

    private Visit fromSession(HttpServletRequest request, HeldVisit held) {
        Optional<Product> product = catalog.find(held.client());
        if (product.isEmpty()) {
            // The product was removed from the settings since the flow started.
            return visit(request, catalog.defaultProduct(), HeldVisit.DEFAULT, false);
        }
        return visit(request, product.get(), switchedLanguage(request, held), true);
    }

    private HeldVisit switchedLanguage(HttpServletRequest request, HeldVisit held) {
        Optional<String> asked = Languages.named(request.getParameter("lang")).map(Language::tag);
        if (asked.isEmpty() || asked.get().equals(held.language())) {
            return held;
        }
        HeldVisit switched = held.withLanguage(asked.get());
        request.getSession(true).setAttribute(HELD, switched);
        return switched;
    }

    private Visit visit(HttpServletRequest request, Product product, HeldVisit held, boolean known) {
        Language language = Languages.choose(held.language(), product.language(), request.getHeader("Accept-Language"));
        Visit.Page page = new Visit.Page(pathOf(request), Username.prefill(request.getParameter("username")));
        return new Visit(product, held, known, language, page);
    }

    private static Optional<HeldVisit> held(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return (session != null && session.getAttribute(HELD) instanceof HeldVisit held) ? Optional.of(held)
                : Optional.empty();
    }

    /** The request's path within the app. */
    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return (value == null || value.isBlank()) ? null : value.strip();
    }

}

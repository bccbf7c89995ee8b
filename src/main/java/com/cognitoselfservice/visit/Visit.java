package com.cognitoselfservice.visit;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

import com.cognitoselfservice.language.Language;
import com.cognitoselfservice.language.LanguageSwitch;
import com.cognitoselfservice.language.Languages;
import com.cognitoselfservice.product.Product;

/**
 * The visit a request belongs to, resolved once per request by {@link Visits}: the
 * product it is for and how it looks, the language of the page, where the person may
 * return to and whether the pages are embedded. Pages read it as {@code visit};
 * controllers take it as an argument.
 */
public final class Visit {

    private final Product product;

    private final HeldVisit held;

    private final boolean knownProduct;

    private final Language language;

    private final @Nullable Page page;

    private @Nullable LanguageSwitch languages;

    Visit(Product product, HeldVisit held, boolean knownProduct, Language language, @Nullable Page page) {
        this.product = product;
        this.held = held;
        this.knownProduct = knownProduct;
        this.language = language;
        this.page = page;
    }

    /**
     * The page's own path and the username it was opened with, for the language switch.
     */
    record Page(String path, @Nullable String username) {
    }

    public Product product() {
        return product;
    }

    /** What the session keeps of this visit once a flow starts. */
    public HeldVisit held() {
        return held;
    }

    /** False when the {@code client} parameter named no product: the page says so. */
    public boolean knownProduct() {
        return knownProduct;
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /**
     * A link to a route of the app that keeps the product, language, embedding and
     * return.
     */
    public String link(String path) {
        return held.linkTo(path).encode().build().toUriString();
    }

    /** The same, with the username the next page should start with. */
    public String link(String path, @Nullable String username) {
        if (username == null || username.isEmpty()) {
            return link(path);
        }
        return held.linkTo(path).queryParam("username", username).encode().build().toUriString();
    }

    public UriComponentsBuilder linkTo(String path) {
        return held.linkTo(path);
    }

    public boolean embedded() {
        return held.embedded();
    }

    /**
     * Whether the product's pages may be framed, so their cookies must work in an iframe.
     */
    public boolean embeddable() {
        return knownProduct && product.isEmbeddable();
    }

    /** The origins that may frame this page; none for an unknown product. */
    public List<String> frameAncestors() {
        return knownProduct ? product.frameAncestors() : List.of();
    }

    /**
     * The {@code return_to}, checked again: the allow-list may have changed meanwhile.
     */
    public @Nullable String returnTo() {
        return product.returnUrls().allowedOrEmpty(held.returnTo()).orElse(null);
    }

    public String brandStylesheet() {
        return product.stylesheet();
    }

    public @Nullable String logoUrl() {
        return product.logoUrl();
    }

    /** The origins completion messages may be posted to, space-separated. */
    public String messageOrigins() {
        return String.join(" ", product.frameAncestors());
    }

    /**
     * The same page in each language offered; none on staff pages, which are English
     * only. Nothing else of the request is reflected, and a submitted form's fields are
     * not kept, so switching shows the form again, empty.
     */
    public @Nullable LanguageSwitch languages() {
        if (page == null) {
            return null;
        }
        if (languages == null) {
            languages = new LanguageSwitch(language,
                    Languages.SUPPORTED.stream()
                        .map((offered) -> new LanguageSwitch.Link(offered.tag(), offered.nativeName(),
                                languageLink(page, offered.tag()), offered.equals(language)))
                        .toList());
        }
        return languages;
    }

    private String languageLink(Page page, String tag) {
        UriComponentsBuilder uri = held.linkTo(page.path()).replaceQueryParam("lang", tag);
        if (page.username() != null) {
            uri.queryParam("username", page.username());
        }
        return uri.encode().build().toUriString();
    }

}

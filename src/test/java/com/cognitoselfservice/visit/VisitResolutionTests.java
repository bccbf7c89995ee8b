package com.cognitoselfservice.visit;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import com.cognitoselfservice.product.ProductCatalog;
import com.cognitoselfservice.product.ProductCatalogTests;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which product and language a request gets: entry pages read the query, later pages the
 * visit the session holds.
 */
class VisitResolutionTests {

    final ProductCatalog catalog = ProductCatalogTests.catalog(List.of(ProductCatalogTests.shop()));

    final Visits visits = new Visits(catalog);

    final VisitLocaleResolver locales = new VisitLocaleResolver(visits);

    @Test
    void anEntryPageReadsTheQueryAndKeepsOnlyAnAllowedReturnUrl() {
        MockHttpServletRequest request = request("/forgot-password", "client=shop&lang=it&embed=1");
        request.setParameter("return_to", "https://evil.example/");

        Visit visit = visits.resolve(request, PageKind.ENTRY);

        assertThat(visit.product().client()).isEqualTo("shop");
        assertThat(visit.held()).isEqualTo(new HeldVisit("shop", null, "it", true));
    }

    @Test
    void aLaterPageUsesTheSessionsVisitWhateverTheQuerySays() {
        MockHttpServletRequest request = request("/confirm-code", "client=nope");
        hold(request, new HeldVisit("shop", "https://shop.example/login", null, false));

        Visit visit = visits.resolve(request, PageKind.LATER);

        assertThat(visit.product().client()).isEqualTo("shop");
        assertThat(visit.returnTo()).isEqualTo("https://shop.example/login");
    }

    @Test
    void theLanguageSwitchOnALaterPageChangesTheSessionsVisit() {
        MockHttpServletRequest request = request("/confirm-code", "lang=ja");
        hold(request, new HeldVisit("shop", null, "de", false));

        visits.resolve(request, PageKind.LATER);

        assertThat(request.getSession().getAttribute(Visits.HELD)).isEqualTo(new HeldVisit("shop", null, "ja", false));
    }

    @Test
    void anUnknownClientResolvesToNoProductAndMayBeFramedByNoOne() {
        Visit unknown = visits.resolve(request("/forgot-password", "client=nope"), PageKind.ENTRY);

        assertThat(unknown.knownProduct()).isFalse();
        assertThat(unknown.frameAncestors()).isEmpty();
        assertThat(unknown.embeddable()).isFalse();
    }

    @Test
    void theVisitIsResolvedOncePerRequest() {
        MockHttpServletRequest request = request("/forgot-password", "client=shop");

        Visit resolved = visits.resolve(request, PageKind.ENTRY);

        assertThat(visits.current(request)).isSameAs(resolved);
    }

    @Test
    void languageIsLangThenTheProductsThenTheBrowsersThenEnglish() {
        MockHttpServletRequest lang = request("/forgot-password", "client=shop&lang=pl");
        lang.addHeader("Accept-Language", "fr");
        MockHttpServletRequest product = request("/forgot-password", "client=shop");
        product.addHeader("Accept-Language", "fr");
        MockHttpServletRequest browser = request("/forgot-password", "");
        browser.addHeader("Accept-Language", "fr-CA, en;q=0.5");
        MockHttpServletRequest none = request("/forgot-password", "lang=xx");
        none.addHeader("Accept-Language", "zh");

        assertThat(locales.resolveLocale(lang)).isEqualTo(Locale.forLanguageTag("pl"));
        assertThat(locales.resolveLocale(product)).isEqualTo(Locale.GERMAN);
        assertThat(locales.resolveLocale(browser)).isEqualTo(Locale.FRENCH);
        assertThat(locales.resolveLocale(none)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void staffPagesAreEnglishWhateverTheBrowserOrLinkSays() {
        MockHttpServletRequest console = request("/admin/user", "lang=de");
        console.addHeader("Accept-Language", "fr");
        visits.resolve(console, PageKind.STAFF);

        assertThat(locales.resolveLocale(console)).isEqualTo(Locale.ENGLISH);
        assertThat(visits.current(console).languages()).isNull();
    }

    private static void hold(MockHttpServletRequest request, HeldVisit held) {
        request.getSession(true).setAttribute(Visits.HELD, held);
    }

    private static MockHttpServletRequest request(String path, String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                String[] parts = pair.split("=", 2);
                request.setParameter(parts[0], parts[1]);
            }
        }
        return request;
    }

}

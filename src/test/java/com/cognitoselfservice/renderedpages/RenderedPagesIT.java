package com.cognitoselfservice.renderedpages;

import java.net.http.HttpRequest;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

@EmulatorTest(properties = { "reset.products[0].client=shop", "reset.products[0].name=Shop" })
class RenderedPagesIT {

    final Visitor visitor;

    @Autowired
    RenderedPages pages;

    RenderedPagesIT(Visitor visitor) {
        this.visitor = visitor;
    }

    @Test
    void everyViewOfAKeptPageHasAFormTokenOfItsOwnThatWorksOnlyForItsBrowser() {
        Visitor other = visitor.another();
        Page first = visitor.get("/reset-required");
        Page second = other.get("/reset-required");

        assertThat(first.body()).doesNotContain(RenderedPage.TOKEN_STAND_IN);
        assertThat(visitor.csrf()).isNotBlank().isNotEqualTo(other.csrf());
        Page stolen = other.postRaw("/reset-required", Map.of("_csrf", visitor.csrf(), "username", "ana"), Map.of());
        assertThat(stolen.status()).isEqualTo(403);
        Page own = other.post("/reset-required", Map.of("username", "ana"));
        assertThat(own.status()).isEqualTo(302);
        assertThat(own.location()).endsWith("/confirm-code");
        assertThat(second.status()).isEqualTo(200);
    }

    @Test
    void theLanguageProductAndUsernameOfTheUrlMakeTheirOwnPage() {
        Page german = visitor
            .send(HttpRequest.newBuilder(visitor.base().resolve("/forgot-password")).header("Accept-Language", "de"));
        Page french = visitor
            .send(HttpRequest.newBuilder(visitor.base().resolve("/forgot-password")).header("Accept-Language", "fr"));
        Page shop = visitor.get("/forgot-password?client=shop&username=bob");
        Page plain = visitor.get("/forgot-password");

        assertThat(german.body()).contains("<html lang=\"de\"");
        assertThat(french.body()).contains("<html lang=\"fr\"");
        assertThat(shop.body()).contains("/brand/shop.css").contains("value=\"bob\"");
        assertThat(plain.body()).contains("/brand/default.css").doesNotContain("value=\"bob\"");
    }

    @Test
    void pagesOfSomeoneWithASessionOrOfHtmxAreRenderedEachTime() {
        visitor.get("/reset-required");
        assertThat(visitor.post("/reset-required", Map.of("username", "ana")).status()).isEqualTo(302);
        assertThat(visitor.cookie("SESSION")).isPresent();
        long before = pages.count();

        visitor.get("/forgot-password?username=kept-not");
        visitor.another()
            .send(HttpRequest.newBuilder(visitor.base().resolve("/forgot-password?username=htmx-not"))
                .header("HX-Request", "true"));
        assertThat(pages.count()).isEqualTo(before);

        visitor.another().get("/forgot-password?username=kept");
        assertThat(pages.count()).isEqualTo(before + 1);
    }

}

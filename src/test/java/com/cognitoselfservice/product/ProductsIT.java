package com.cognitoselfservice.product;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several products in one deployment: each with its branding, return URLs, framing
 * origins and language, one of them on a pool and app client (with a secret) of its own.
 */
@EmulatorTest
class ProductsIT {

    static final String NEW_PASSWORD = "Br4nd-new-pass!";

    static final String SHOP_LOGIN = "https://shop.example/login";

    final TestPool defaultPool;

    static TestPool blogPool;

    final Visitor visitor;

    ProductsIT(TestPool defaultPool, Visitor visitor) {
        this.defaultPool = defaultPool;
        this.visitor = visitor;
    }

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) {
        // A list binds from one property source: all products are set here, next to the
        // blog's own pool.
        blogPool = CognitoEmulator.shared().createPool(true);
        registry.add("reset.products[0].client", () -> "shop");
        registry.add("reset.products[0].name", () -> "Northwind Shop");
        registry.add("reset.products[0].color", () -> "#ffcc00");
        registry.add("reset.products[0].return-urls", () -> "https://shop.example/");
        registry.add("reset.products[0].language", () -> "de");
        registry.add("reset.products[1].client", () -> "blog");
        registry.add("reset.products[1].name", () -> "Blog");
        registry.add("reset.products[2].client", () -> "widget");
        registry.add("reset.products[2].name", () -> "Widget");
        registry.add("reset.products[2].frame-ancestors", () -> "https://widget.example, http://localhost:7777");
        registry.add("reset.products[1].user-pool-id", blogPool::userPoolId);
        registry.add("reset.products[1].app-client-id", blogPool::clientId);
        registry.add("reset.products[1].app-client-secret", blogPool::clientSecret);
    }

    @Test
    void linkOutShowsTheProductInItsLanguageAndKeepsTheVisitForTheWholeFlow() {
        String user = defaultPool.createUser(CognitoEmulator.shared().uniqueUsername("shop"));
        String entry = "/forgot-password?client=shop&return_to=" + SHOP_LOGIN;

        Page page = visitor.get(entry + "&username=" + user);
        assertThat(page.body()).contains("<html lang=\"de\"").contains("/brand/shop.css").contains("Northwind Shop");

        Page sent = visitor.post(entry, Map.of("username", user));
        assertThat(sent.location()).isEqualTo("/confirm-code");
        // Later requests cannot change the product or the way back.
        Page confirm = visitor.get("/confirm-code?client=blog&return_to=https://evil.example/");
        assertThat(confirm.body()).contains("/brand/shop.css").doesNotContain("/brand/blog.css");

        Page posted = visitor.post("/confirm-code?client=blog&return_to=https://evil.example/",
                Map.of("code", "123456", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));
        Page done = visitor.follow(posted);

        assertThat(done.body()).contains("href=\"" + SHOP_LOGIN + "\"")
            .contains("Northwind Shop")
            .doesNotContain("evil.example");
        assertThat(defaultPool.signsIn(user, NEW_PASSWORD)).isTrue();
    }

    @Test
    void aReturnUrlOfAnotherProductIsNotOffered() {
        // The user lives in blog's pool: for a user the pool lacks, moto answers
        // ConfirmForgotPassword with ResourceNotFoundException (AWS:
        // UserNotFoundException).
        String user = blogPool.createUser(CognitoEmulator.shared().uniqueUsername("blog"));
        String entry = "/forgot-password?client=blog&return_to=" + SHOP_LOGIN;
        visitor.get(entry);
        visitor.follow(visitor.post(entry, Map.of("username", user)));

        Page done = visitor.follow(visitor.post("/confirm-code",
                Map.of("code", "123456", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)));

        assertThat(done.body()).contains("/brand/blog.css").doesNotContain(SHOP_LOGIN);
        assertThat(blogPool.signsIn(user, NEW_PASSWORD)).isTrue();
    }

    @Test
    void aProductOnItsOwnPoolChangesPasswordsThereWithItsOwnAppClient() {
        String user = blogPool.createUser(CognitoEmulator.shared().uniqueUsername("blog"));
        visitor.get("/change-password?client=blog");

        Page done = visitor
            .follow(visitor.post("/change-password?client=blog", Map.of("username", user, "currentPassword",
                    TestPool.DEFAULT_PASSWORD, "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)));

        assertThat(done.body()).contains("/brand/blog.css");
        assertThat(blogPool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertThat(blogPool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isFalse();
        // moto ignores SECRET_HASH, so the request shows blog's client and a hash were
        // sent.
        assertThat(AwsStub.shared().requestBodies("InitiateAuth", user)).singleElement()
            .satisfies((body) -> assertThat(body).contains(blogPool.clientId()).contains("SECRET_HASH"));
    }

    @Test
    void anUnknownClientGetsItsOwnNotFoundPageWithNoProductsBranding() {
        Page page = visitor.get("/forgot-password?client=nope");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).contains("Unknown product");
        assertThat(page.body()).doesNotContain("<form").contains("/brand/default.css");
        assertThat(page.headers().firstValue("Content-Security-Policy")).get()
            .asString()
            .endsWith("frame-ancestors 'none'");
    }

    @Test
    void onlyTheProductsOwnOriginsMayFrameItsPages() {
        Page widget = visitor.get("/forgot-password?client=widget&embed=1");
        Page shop = visitor.get("/forgot-password?client=shop");

        assertThat(widget.headers().firstValue("Content-Security-Policy")).get()
            .asString()
            .endsWith("frame-ancestors https://widget.example http://localhost:7777");
        assertThat(widget.headers().firstValue("X-Frame-Options")).isEmpty();
        assertThat(shop.headers().firstValue("Content-Security-Policy")).get()
            .asString()
            .endsWith("frame-ancestors 'none'");
        assertThat(shop.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void anEmbeddableProductsCookiesWorkInAThirdPartyFrame() {
        Page widget = visitor.get("/forgot-password?client=widget&embed=1");
        Page shop = visitor.another().get("/forgot-password?client=shop");

        assertThat(widget.setCookies()).filteredOn((cookie) -> cookie.startsWith("XSRF-TOKEN="))
            .singleElement()
            .satisfies((
                    cookie) -> assertThat(cookie).contains("SameSite=None").contains("Secure").contains("Partitioned"));
        assertThat(shop.setCookies()).filteredOn((cookie) -> cookie.startsWith("XSRF-TOKEN="))
            .singleElement()
            .satisfies((cookie) -> assertThat(cookie).contains("SameSite=Lax").doesNotContain("Partitioned"));
    }

    @Test
    void theEmbeddedLayoutDropsTheOuterChromeAndNamesTheOriginsToTell() {
        Page embedded = visitor.get("/forgot-password?client=widget&embed=1");
        Page standalone = visitor.another().get("/forgot-password?client=widget");

        assertThat(embedded.body()).doesNotContain("class=\"site-header\"")
            .contains("data-embed-origins=\"https://widget.example http://localhost:7777\"");
        assertThat(standalone.body()).contains("class=\"site-header\"").doesNotContain("data-embed-origins");
    }

    @Test
    void eachProductsColourIsServedAsAStylesheetMadeReadable() {
        Page css = visitor.get("/brand/shop.css");

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).get().asString().startsWith("text/css");
        assertThat(css.body()).contains("--brand: #").doesNotContain("#ffcc00");
        assertThat(visitor.get("/brand/nope.css").status()).isEqualTo(404);
    }

}

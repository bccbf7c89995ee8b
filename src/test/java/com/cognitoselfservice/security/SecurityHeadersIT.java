package com.cognitoselfservice.security;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

@EmulatorTest
class SecurityHeadersIT {

    final Visitor visitor;

    SecurityHeadersIT(Visitor visitor) {
        this.visitor = visitor;
    }

    @Test
    void everyPageForbidsInlineScriptAndFraming() {
        Page page = visitor.get("/forgot-password");

        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'")
            .contains("style-src 'self'")
            .contains("frame-ancestors 'none'")
            .doesNotContain("unsafe-inline")
            .doesNotContain("unsafe-eval");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=\"").doesNotContain(" on");
    }

    @Test
    void formWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        visitor.get("/forgot-password");

        Page page = visitor.postRaw("/forgot-password", Map.of("username", "ana"), Map.of());

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.text()).contains("This form has expired");
        assertThat(visitor.cookie("SESSION")).isEmpty();
    }

    @Test
    void csrfAndSessionCookiesAreHttpOnlyAndLax() {
        Page form = visitor.get("/forgot-password");
        assertThat(form.setCookies()).anySatisfy(
                (cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("HttpOnly").contains("SameSite=Lax"));

        Page started = visitor.post("/reset-required", Map.of("username", "ana"));
        assertThat(started.setCookies()).anySatisfy(
                (cookie) -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void theHelpdeskConsoleIsOffUnlessEnabled() {
        assertThat(visitor.another().get("/admin").status()).isEqualTo(404);
        assertThat(visitor.another().get("/admin/sign-in").status()).isEqualTo(404);
    }

}

package com.cognitoselfservice.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSecurityPolicyTests {

    @Test
    void noFramingUnlessOriginsAreConfigured() {
        assertThat(ContentSecurityPolicy.of(List.of(), null)).endsWith("frame-ancestors 'none'");
    }

    @Test
    void configuredOriginsAreTheOnlyOnesThatMayFrame() {
        assertThat(ContentSecurityPolicy.of(List.of("https://shop.example", "https://app.example"), null))
            .endsWith("frame-ancestors https://shop.example https://app.example")
            .contains("script-src 'self'")
            .doesNotContain("unsafe");
    }

    @Test
    void anExternalLogoIsAllowedFromItsOriginOnly() {
        assertThat(ContentSecurityPolicy.of(List.of(), "https://cdn.shop.example"))
            .contains("img-src 'self' data: https://cdn.shop.example;")
            .contains("default-src 'self';");
    }

}

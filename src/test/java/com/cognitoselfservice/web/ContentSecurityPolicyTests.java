package com.cognitoselfservice.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.cognitoselfservice.support.Settings;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSecurityPolicyTests {

    @Test
    void noFramingUnlessOriginsAreConfigured() {
        assertThat(SecurityConfiguration.contentSecurityPolicy(Settings.reset(List.of(), List.of())))
            .endsWith("frame-ancestors 'none'");
    }

    @Test
    void configuredOriginsAreTheOnlyOnesThatMayFrame() {
        assertThat(SecurityConfiguration
            .contentSecurityPolicy(Settings.reset(List.of(), List.of("https://shop.example", "https://app.example"))))
            .endsWith("frame-ancestors https://shop.example https://app.example")
            .contains("script-src 'self'")
            .doesNotContain("unsafe");
    }

}

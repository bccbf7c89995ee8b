package com.cognitoselfservice.product;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnUrlPolicyTests {

    final ReturnUrlPolicy policy = ReturnUrlPolicy.of(List.of("https://app.example/login", "https://shop.example/"));

    @ParameterizedTest
    @ValueSource(strings = { "https://app.example/login", "https://app.example/login/",
            "https://app.example/login?next=x", "https://app.example/login/step-2", "https://shop.example/",
            "https://shop.example/cart", "HTTPS://APP.EXAMPLE/login", "https://app.example:443/login" })
    void urlsUnderAnAllowedPrefixAreOffered(String url) {
        assertThat(policy.allowedOrEmpty(url)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://app.example.evil.net/login", "https://app.example/loginx", "https://app.example/",
            "http://app.example/login", "https://app.example:8443/login", "https://user@app.example/login",
            "https://app.example/login/../admin", "javascript:alert(1)", "//app.example/login", "/login",
            "https://evil.net/?https://app.example/login", "data:text/html,hi", "", "not a url" })
    void anythingElseIsRefused(String url) {
        assertThat(policy.allowedOrEmpty(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://app.example/login" })
    void nothingIsOfferedWhenTheListIsEmpty(String url) {
        assertThat(ReturnUrlPolicy.of(List.of()).allowedOrEmpty(url)).isEmpty();
    }

}

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
    @ValueSource(strings = { "http://localhost:8080/app/%2e%2e/evil", "http://localhost:8080/app/.%2e/evil",
            "http://localhost:8080/app/%2E%2E/%2E%2E/evil", "http://localhost:8080/app/%2e./evil",
            "http://localhost:8080/app/..%2fevil", "http://localhost:8080/app/%2F%2Fevil.example",
            "http://localhost:8080/app/%5c..%5cevil", "http://localhost:8080/app/a/../../evil",
            "http://localhost:8080/app/./../evil" })
    void aPathThatLeavesItsPrefixOnceResolvedIsRefused(String url) {
        assertThat(ReturnUrlPolicy.of(List.of("http://localhost:8080/app/")).allowedOrEmpty(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://localhost:8080/app/a/./b", "http://localhost:8080/app/caf%C3%A9?x=%2e" })
    void aPathThatStaysUnderItsPrefixIsOffered(String url) {
        assertThat(ReturnUrlPolicy.of(List.of("http://localhost:8080/app/")).allowedOrEmpty(url)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://app.example/login" })
    void nothingIsOfferedWhenTheListIsEmpty(String url) {
        assertThat(ReturnUrlPolicy.of(List.of()).allowedOrEmpty(url)).isEmpty();
    }

}

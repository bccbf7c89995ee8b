package com.cognitoselfservice.cognito;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretHashTests {

    @Test
    void isTheBase64HmacOfUsernameAndClientIdKeyedWithTheSecret() {
        // Computed independently: base64(hmac_sha256(b"secret-abc", b"alice" +
        // b"client123"))
        assertThat(SecretHash.of("alice", "client123", "secret-abc"))
            .isEqualTo("+fxv5aXkJx55S/b+JbCX0FgySxAFR+iUjBkhgPxA54o=");
    }

    @Test
    void dependsOnTheUsername() {
        assertThat(SecretHash.of("bob", "client123", "secret-abc"))
            .isNotEqualTo(SecretHash.of("alice", "client123", "secret-abc"));
    }

}

package com.cognitoselfservice.cognito;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdTokenClaimsTests {

    @Test
    void readsTheGroupsClaim() {
        assertThat(IdTokenClaims.groups(token("{\"sub\":\"1\",\"cognito:groups\":[\"helpdesk\",\"ops\"]}")))
            .containsExactly("helpdesk", "ops");
    }

    @Test
    void noClaimOrNoTokenMeansNoGroups() {
        assertThat(IdTokenClaims.groups(token("{\"sub\":\"1\"}"))).isEmpty();
        assertThat(IdTokenClaims.groups(null)).isEmpty();
        assertThat(IdTokenClaims.groups("not-a-token")).isEmpty();
        assertThat(IdTokenClaims.groups("a.%%%.c")).isEmpty();
    }

    @Test
    void theEmailOnlyWhenVerified() {
        assertThat(IdTokenClaims.verifiedEmail(token("{\"email\":\"ana@example.com\",\"email_verified\":true}")))
            .isEqualTo("ana@example.com");
        assertThat(IdTokenClaims.verifiedEmail(token("{\"email\":\"ana@example.com\",\"email_verified\":\"true\"}")))
            .isEqualTo("ana@example.com");
        assertThat(IdTokenClaims.verifiedEmail(token("{\"email\":\"ana@example.com\",\"email_verified\":false}")))
            .isNull();
        assertThat(IdTokenClaims.verifiedEmail(token("{\"email\":\"ana@example.com\"}"))).isNull();
        assertThat(IdTokenClaims.verifiedEmail(token("not json"))).isNull();
        assertThat(IdTokenClaims.verifiedEmail(null)).isNull();
    }

    private static String token(String payload) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

}

package com.cognitoselfservice.cognito;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdTokenGroupsTests {

    @Test
    void readsTheGroupsClaim() {
        assertThat(IdTokenGroups.of(token("{\"sub\":\"1\",\"cognito:groups\":[\"helpdesk\",\"ops\"]}")))
            .containsExactly("helpdesk", "ops");
    }

    @Test
    void noClaimOrNoTokenMeansNoGroups() {
        assertThat(IdTokenGroups.of(token("{\"sub\":\"1\"}"))).isEmpty();
        assertThat(IdTokenGroups.of(null)).isEmpty();
        assertThat(IdTokenGroups.of("not-a-token")).isEmpty();
        assertThat(IdTokenGroups.of("a.%%%.c")).isEmpty();
    }

    private static String token(String payload) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

}

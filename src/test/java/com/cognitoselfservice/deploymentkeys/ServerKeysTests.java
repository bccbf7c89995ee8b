package com.cognitoselfservice.deploymentkeys;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ServerKeysTests {

    static final String KEY = "q3J1c2V0LXRlc3Qta2V5LTAxMjM0NTY3ODlhYmNkZWY=";

    static final String NEXT_KEY = Base64.getEncoder()
        .encodeToString("the-next-deployment-key-9876543210".getBytes(StandardCharsets.US_ASCII));

    @Test
    void whatOneInstanceSealsAnotherOpensButOnlyForTheSamePlace() {
        byte[] sealed = keys(KEY, null).seal(bytes("flow of ana"), "reset:session:one");

        assertThat(keys(KEY, null).open(sealed, "reset:session:one")).hasValueSatisfying(
                (plain) -> assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo("flow of ana"));
        assertThat(keys(KEY, null).open(sealed, "reset:session:two")).isEmpty();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("ana");
    }

    @Test
    void sealingTheSameValueTwiceGivesDifferentBytes() {
        ServerKeys keys = keys(KEY, null);

        assertThat(keys.seal(bytes("same"), "here")).isNotEqualTo(keys.seal(bytes("same"), "here"));
    }

    @Test
    void anAlteredValueDoesNotOpen() {
        ServerKeys keys = keys(KEY, null);
        byte[] sealed = keys.seal(bytes("flow"), "here");
        sealed[sealed.length - 1] ^= 1;

        assertThat(keys.open(sealed, "here")).isEmpty();
        assertThat(keys.open(new byte[3], "here")).isEmpty();
    }

    @Test
    void valuesSealedUnderThePreviousKeyOpenDuringARotationAndNotAfter() {
        byte[] sealed = keys(KEY, null).seal(bytes("flow"), "here");

        assertThat(keys(NEXT_KEY, KEY).open(sealed, "here")).isPresent();
        assertThat(keys(NEXT_KEY, null).open(sealed, "here")).isEmpty();
        assertThat(keys(NEXT_KEY, KEY).signingKeys("csrf")).hasSize(2);
    }

    @Test
    void everyInstanceSignsAlikeWithTheDeploymentKeyEachPurposeWithAKeyOfItsOwn() {
        assertThat(keys(KEY, null).signing("csrf").sign("x")).isEqualTo(keys(KEY, null).signing("csrf").sign("x"))
            .isNotEqualTo(keys(KEY, null).signing("limit-name").sign("x"));
    }

    @Test
    void withoutTheSettingEachProcessHasKeysOfItsOwn() {
        assertThat(keys(null, null).signing("csrf").sign("x")).isNotEqualTo(keys(null, null).signing("csrf").sign("x"));
    }

    @Test
    void aMissingKeyStopsADeploymentThatNeedsOne() {
        assertThatExceptionOfType(InvalidSessionKeyException.class)
            .isThrownBy(() -> keys(null, null).requireConfigured("with the redis profile"))
            .withMessage("RESET_SESSION_KEY is required with the redis profile.");
    }

    @Test
    void weakKeysAreRefusedWithoutShowingThem() {
        assertThatExceptionOfType(InvalidSessionKeyException.class).isThrownBy(() -> keys("c2hvcnQ=", null))
            .withMessage("RESET_SESSION_KEY is 5 bytes long; it must be at least 32.");
        assertThatExceptionOfType(InvalidSessionKeyException.class).isThrownBy(() -> keys("not base64!", null))
            .withMessage("RESET_SESSION_KEY is not base64.");
        String zeros = Base64.getEncoder().encodeToString(new byte[32]);
        assertThatExceptionOfType(InvalidSessionKeyException.class).isThrownBy(() -> keys(zeros, null))
            .withMessage("RESET_SESSION_KEY repeats itself too much to be a random key.");
        assertThatExceptionOfType(InvalidSessionKeyException.class).isThrownBy(() -> keys(KEY, "c2hvcnQ="))
            .withMessageStartingWith("RESET_SESSION_KEY_PREVIOUS is 5 bytes long");
    }

    private static ServerKeys keys(String key, String previous) {
        return new ServerKeys(new SessionKeyProperties(key, previous));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}

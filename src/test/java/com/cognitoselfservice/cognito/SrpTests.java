package com.cognitoselfservice.cognito;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The SRP arithmetic against values amazon-cognito-identity-js computed for the same
 * inputs (src/test/resources/srp/vectors.json says how they were made).
 */
class SrpTests {

    final JsonNode vectors = read();

    @Test
    void kAndAAreTheLibrarys() {
        Srp srp = Srp.withSecret(new BigInteger(text("a"), 16));

        assertThat(Srp.K.toString(16)).isEqualTo(text("k"));
        assertThat(srp.largeA()).isEqualTo(text("A"));
    }

    @Test
    void thePasswordKeyIsTheLibrarysByteForByte() {
        Srp srp = Srp.withSecret(new BigInteger(text("a"), 16));

        byte[] key = srp.passwordKey(text("poolName"), text("username"), text("password"), text("B"), text("salt"));

        assertThat(Srp.hex(key)).isEqualTo(text("hkdf"));
    }

    @Test
    void theClaimSignatureIsTheLibrarys() {
        Srp srp = Srp.withSecret(new BigInteger(text("a"), 16));
        byte[] key = srp.passwordKey(text("poolName"), text("username"), text("password"), text("B"), text("salt"));

        assertThat(Srp.claim(key, text("poolName"), text("username"), text("secretBlock"), text("timestamp")))
            .isEqualTo(text("signature"));
    }

    @Test
    void aWrongPasswordGivesAnotherKey() {
        Srp srp = Srp.withSecret(new BigInteger(text("a"), 16));

        assertThat(Srp.hex(srp.passwordKey(text("poolName"), text("username"), "not-it", text("B"), text("salt"))))
            .isNotEqualTo(text("hkdf"));
    }

    @Test
    void theTimestampIsCognitosFormatInUtcWithAnUnpaddedDay() {
        assertThat(Srp.timestamp(Instant.parse("2026-11-02T09:05:07Z"))).isEqualTo("Mon Nov 2 09:05:07 UTC 2026");
        assertThat(Srp.timestamp(Instant.parse("2026-11-30T23:59:59Z"))).isEqualTo("Mon Nov 30 23:59:59 UTC 2026");
    }

    @Test
    void aServerValueThatIsAMultipleOfNIsRefused() {
        Srp srp = Srp.start(new SecureRandom());

        assertThatIllegalArgumentException()
            .isThrownBy(() -> srp.passwordKey("pool", "ana", "pw", Srp.N.toString(16), "00"));
        assertThatIllegalArgumentException().isThrownBy(() -> srp.passwordKey("pool", "ana", "pw", "0", "00"));
    }

    @Test
    void eachSignInHasASecretOfItsOwn() {
        assertThat(Srp.start(new SecureRandom()).largeA()).isNotEqualTo(Srp.start(new SecureRandom()).largeA());
    }

    private String text(String name) {
        return vectors.path(name).asString();
    }

    private static JsonNode read() {
        try (InputStream in = SrpTests.class.getResourceAsStream("/srp/vectors.json")) {
            return JsonMapper.builder().build().readTree(in);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

}

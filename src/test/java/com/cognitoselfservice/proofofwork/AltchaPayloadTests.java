package com.cognitoselfservice.proofofwork;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.altcha.altcha.Altcha;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AltchaPayloadTests {

    // The protocol's construction as ALTCHA documents it: challenge = hex SHA-256(salt +
    // number), signature = hex HMAC-SHA-256(key, challenge), the solution a base64 JSON
    // payload; the salt ends with '&' as the 1.3 library makes it. These values were
    // computed with Python's hashlib and hmac, not with the code under test.
    static final String KEY = "secret-hmac-key";

    static final String SALT = "2e0fa6d0a7f2b3c4?expires=1796083200&level=1&purpose=code-send&";

    static final String CHALLENGE = "f44c77e878bbb61725af4b57bc240fc743ef446037ec0053bb109ecded8b4977";

    static final String SIGNATURE = "4559a54e26ce9844b990a96ff4a2c39c473738221b1b8f61ef45d9f692bb318e";

    static final String EXAMPLE = payload("SHA-256", CHALLENGE, "12345", SALT, SIGNATURE);

    @Test
    void thePublishedConstructionVerifiesAndGivesTheSaltsParameters() throws Exception {
        var verified = AltchaPayload.verify(EXAMPLE, List.of(KEY));

        assertThat(verified).isPresent();
        assertThat(verified.get().challenge()).isEqualTo(CHALLENGE);
        assertThat(verified.get().params()).containsEntry("expires", "1796083200")
            .containsEntry("level", "1")
            .containsEntry("purpose", "code-send");
        assertThat(Altcha.verifySolution(EXAMPLE, KEY, false)).as("the ALTCHA library agrees").isTrue();
    }

    @Test
    void aPreviousKeyStillVerifiesDuringARotation() {
        assertThat(AltchaPayload.verify(EXAMPLE, List.of("the-new-key", KEY))).isPresent();
    }

    @Test
    void anotherNumberSignatureSaltOrKeyDoesNot() {
        assertThat(AltchaPayload.verify(payload("SHA-256", CHALLENGE, "12346", SALT, SIGNATURE), List.of(KEY)))
            .isEmpty();
        assertThat(AltchaPayload.verify(payload("SHA-256", CHALLENGE, "12345", SALT, SIGNATURE.replace('3', '4')),
                List.of(KEY)))
            .isEmpty();
        assertThat(AltchaPayload.verify(
                payload("SHA-256", CHALLENGE, "12345", SALT.replace("level=1", "level=3"), SIGNATURE), List.of(KEY)))
            .isEmpty();
        assertThat(AltchaPayload.verify(EXAMPLE, List.of("another-key"))).isEmpty();
    }

    @Test
    void digitsMovedBetweenTheSaltAndTheNumberDoNotVerify() {
        String spliced = payload("SHA-256", CHALLENGE, "2345", SALT + "1", SIGNATURE);

        assertThat(AltchaPayload.verify(spliced, List.of(KEY))).isEmpty();
    }

    @Test
    void malformedPayloadsAreRefusedQuietly() {
        for (String bad : new String[] { "", "not base64!", encode("not json"), encode("[]"), encode("{}"),
                payload("SHA-1", CHALLENGE, "12345", SALT, SIGNATURE),
                payload("SHA-256", CHALLENGE, "\"12345\"", SALT, SIGNATURE),
                payload("SHA-256", CHALLENGE, "-1", SALT, SIGNATURE),
                payload("SHA-256", CHALLENGE, "1.5", SALT, SIGNATURE), "A".repeat(4096) }) {
            assertThat(AltchaPayload.verify(bad, List.of(KEY))).as(bad).isEmpty();
        }
    }

    @Test
    void aChallengeTheLibraryMadeAndSolvedVerifies() throws Exception {
        Altcha.Challenge challenge = Altcha.createChallenge(
                new Altcha.ChallengeOptions().setMaxNumber(5000L).setHmacKey(KEY).addParam("purpose", "sign-in"));
        Altcha.Solution solution = Altcha.solveChallenge(challenge.challenge, challenge.salt, Altcha.Algorithm.SHA256,
                challenge.maxnumber, 0);

        String solved = payload("SHA-256", challenge.challenge, Integer.toString(solution.number), challenge.salt,
                challenge.signature);

        assertThat(AltchaPayload.verify(solved, List.of(KEY))).get()
            .extracting((verified) -> verified.params().get("purpose"))
            .isEqualTo("sign-in");
    }

    static String payload(String algorithm, String challenge, String number, String salt, String signature) {
        return encode("{\"algorithm\":\"" + algorithm + "\",\"challenge\":\"" + challenge + "\",\"number\":" + number
                + ",\"salt\":\"" + salt + "\",\"signature\":\"" + signature + "\"}");
    }

    static String encode(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

}

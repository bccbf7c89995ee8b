package com.cognitoselfservice.proofofwork;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.altcha.altcha.Altcha;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ALTCHA protocol's check of a solution: the base64 JSON payload names a number whose
 * SHA-256 with the salt is the challenge, and the challenge carries an HMAC-SHA-256
 * signature under one of our keys. Compared in constant time, so that how much of a
 * signature matched does not show.
 */
final class AltchaPayload {

    static final Altcha.Algorithm SHA_256 = Altcha.Algorithm.SHA256;

    private static final int LONGEST = 2048;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AltchaPayload() {
    }

    /** A solution whose signature is ours: its challenge and the salt's parameters. */
    record Verified(String challenge, Map<String, String> params) {
    }

    static Optional<Verified> verify(String payload, List<String> hmacKeys) {
        if (payload.length() > LONGEST) {
            return Optional.empty();
        }
        try {
            JsonNode sent = JSON
                .readTree(new String(Base64.getDecoder().decode(payload.strip()), StandardCharsets.UTF_8));
            JsonNode number = sent.path("number");
            if (!SHA_256.getName().equals(sent.path("algorithm").asString("")) || !number.isIntegralNumber()
                    || number.asLong() < 0) {
                return Optional.empty();
            }
            String challenge = sent.path("challenge").asString("");
            String salt = sent.path("salt").asString("");
            String signature = sent.path("signature").asString("");
            // As the library does since it closed salt splicing: the salt ends with '&',
            // so that digits cannot move between the salt's last parameter and the
            // number.
            String closedSalt = salt.endsWith("&") ? salt : salt + "&";
            if (!same(Altcha.hashHex(SHA_256, closedSalt + number.asLong()), challenge)) {
                return Optional.empty();
            }
            for (String key : hmacKeys) {
                if (same(Altcha.hmacHex(SHA_256, challenge.getBytes(StandardCharsets.UTF_8), key), signature)) {
                    return Optional.of(new Verified(challenge, Altcha.extractParams(salt)));
                }
            }
            return Optional.empty();
        }
        catch (Exception ex) {
            // Bad base64 or JSON, and a malformed salt's parameters (the library declares
            // Exception): not a solution.
            return Optional.empty();
        }
    }

    private static boolean same(String expected, String sent) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

}

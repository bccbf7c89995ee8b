package com.cognitoselfservice.cognito;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.cognitoselfservice.deploymentkeys.SigningKey;

/**
 * Cognito's SECRET_HASH: Base64(HMAC-SHA256(key = client secret, message = username +
 * client id)).
 */
public final class SecretHash {

    private SecretHash() {
    }

    public static String of(String username, String clientId, String clientSecret) {
        byte[] hash = SigningKey.of(clientSecret.getBytes(StandardCharsets.UTF_8)).sign(username + clientId);
        return Base64.getEncoder().encodeToString(hash);
    }

}

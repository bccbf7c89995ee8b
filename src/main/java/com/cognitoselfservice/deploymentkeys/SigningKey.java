package com.cognitoselfservice.deploymentkeys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An HMAC-SHA256 key. A random one lasts as long as the process: what it signed means
 * nothing to another instance or after a restart.
 */
public final class SigningKey {

    private static final String ALGORITHM = "HmacSHA256";

    private static final SecureRandom random = new SecureRandom();

    private final SecretKeySpec key;

    private SigningKey(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    public static SigningKey of(byte[] key) {
        return new SigningKey(key);
    }

    public static SigningKey random() {
        return new SigningKey(randomBytes());
    }

    static byte[] randomBytes() {
        byte[] key = new byte[32];
        random.nextBytes(key);
        return key;
    }

    /** The HMAC of the message's UTF-8 bytes. */
    public byte[] sign(String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException(ALGORITHM + " is not available", ex);
        }
    }

}

package com.cognitoselfservice.deploymentkeys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The keys this deployment signs and seals with, all derived from
 * {@code RESET_SESSION_KEY}, one per purpose, so that every instance recognises what
 * another signed. Without that setting each key is random and lasts as long as the
 * process, which is right for one instance only.
 * <p>
 * Sealing is AES-256-GCM with a fresh nonce, bound to what the sealed bytes are for (the
 * associated data), so a sealed value copied to another place does not open there. Values
 * sealed under {@code RESET_SESSION_KEY_PREVIOUS} still open, for rotation.
 */
@Component
public class ServerKeys {

    static final String VARIABLE = "RESET_SESSION_KEY";

    private static final int MINIMUM_BYTES = 32;

    private static final int NONCE_BYTES = 12;

    private static final int TAG_BITS = 128;

    private final @Nullable byte[] configured;

    private final List<byte[]> master = new ArrayList<>();

    public ServerKeys(SessionKeyProperties properties) {
        this.configured = decode(VARIABLE, properties.sessionKey());
        byte[] previous = decode(VARIABLE + "_PREVIOUS", properties.sessionKeyPrevious());
        master.add((configured != null) ? configured : SigningKey.randomBytes());
        if (previous != null) {
            master.add(previous);
        }
    }

    /**
     * Stops the start when the deployment needs a shared key and has none.
     * @throws InvalidSessionKeyException naming the variable
     */
    public void requireConfigured(String why) {
        if (configured == null) {
            throw new InvalidSessionKeyException(VARIABLE, "is required " + why + ".");
        }
    }

    /** The key that signs for one purpose, e.g. {@code "csrf"}. */
    public SigningKey signing(String purpose) {
        return SigningKey.of(derive(master.get(0), "sign:" + purpose));
    }

    /** The same, under the current key and then the previous one, for checking. */
    public List<SigningKey> signingKeys(String purpose) {
        return master.stream().map((key) -> SigningKey.of(derive(key, "sign:" + purpose))).toList();
    }

    public byte[] seal(byte[] plain, String boundTo) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            TokenRandom.get().nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, master.get(0), nonce, boundTo);
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("AES-GCM is not available", ex);
        }
    }

    /**
     * The plain bytes, or empty when the value was not sealed by this deployment for this
     * place (another key, another place, altered).
     */
    public Optional<byte[]> open(byte[] sealed, String boundTo) {
        if (sealed.length <= NONCE_BYTES) {
            return Optional.empty();
        }
        byte[] nonce = new byte[NONCE_BYTES];
        System.arraycopy(sealed, 0, nonce, 0, NONCE_BYTES);
        for (byte[] key : master) {
            try {
                return Optional.of(cipher(Cipher.DECRYPT_MODE, key, nonce, boundTo).doFinal(sealed, NONCE_BYTES,
                        sealed.length - NONCE_BYTES));
            }
            catch (GeneralSecurityException ex) {
                // Not sealed under this key: try the previous one.
            }
        }
        return Optional.empty();
    }

    private static Cipher cipher(int mode, byte[] master, byte[] nonce, String boundTo)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(derive(master, "seal"), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] derive(byte[] master, String purpose) {
        return SigningKey.of(master).sign("cognito-self-service-password:" + purpose);
    }

    private static @Nullable byte[] decode(String variable, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        byte[] key;
        try {
            String text = value.strip();
            key = (text.contains("-") || text.contains("_")) ? Base64.getUrlDecoder().decode(text)
                    : Base64.getDecoder().decode(text);
        }
        catch (IllegalArgumentException ex) {
            throw new InvalidSessionKeyException(variable, "is not base64.");
        }
        if (key.length < MINIMUM_BYTES) {
            throw new InvalidSessionKeyException(variable,
                    "is " + key.length + " bytes long; it must be at least " + MINIMUM_BYTES + ".");
        }
        if (distinctBytes(key) < MINIMUM_BYTES / 2) {
            throw new InvalidSessionKeyException(variable, "repeats itself too much to be a random key.");
        }
        return key;
    }

    private static long distinctBytes(byte[] key) {
        boolean[] seen = new boolean[256];
        long distinct = 0;
        for (byte b : key) {
            if (!seen[b & 0xff]) {
                seen[b & 0xff] = true;
                distinct++;
            }
        }
        return distinct;
    }

}

package com.cognitoselfservice.cognito;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The client's side of Cognito's SRP sign-in (USER_SRP_AUTH then PASSWORD_VERIFIER), as
 * amazon-cognito-identity-js's AuthenticationHelper does it: the 3072-bit group of RFC
 * 5054 with g = 2, k = H(N | g), A = g^a, u = H(A | B), x = H(salt | H(pool user ":"
 * password)), S = (B - k g^x)^(a + u x), the key = HKDF-SHA256(S, salt u, "Caldera
 * Derived Key") cut to 16 bytes, and the claim = HMAC-SHA256(key, pool | user | secret
 * block | timestamp). Numbers are hashed in their shortest two's-complement bytes (a
 * leading zero byte when the top bit is set), which is what Java's {@code toByteArray}
 * gives. The password never leaves the server; nothing here is logged.
 */
final class Srp {

    static final BigInteger N = new BigInteger("FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD1"
            + "29024E088A67CC74020BBEA63B139B22514A08798E3404DD" + "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245"
            + "E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED" + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3D"
            + "C2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F" + "83655D23DCA3AD961C62F356208552BB9ED529077096966D"
            + "670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B" + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9"
            + "DE2BCBF6955817183995497CEA956AE515D2261898FA0510" + "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64"
            + "ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7" + "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6B"
            + "F12FFA06D98A0864D87602733EC86A64521F2B18177B200C" + "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB31"
            + "43DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF", 16);

    static final BigInteger G = BigInteger.TWO;

    static final BigInteger K = new BigInteger(1, sha256(concat(N.toByteArray(), G.toByteArray())));

    private static final byte[] INFO = "Caldera Derived Key\u0001".getBytes(StandardCharsets.UTF_8);

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter
        .ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.US)
        .withZone(ZoneOffset.UTC);

    private final BigInteger a;

    private final BigInteger largeA;

    private Srp(BigInteger a) {
        this.a = a;
        this.largeA = G.modPow(a, N);
        if (largeA.mod(N).signum() == 0) {
            throw new IllegalStateException("A mod N is 0");
        }
    }

    /** A sign-in's own secret {@code a}, 128 random bytes as the library uses. */
    static Srp start(SecureRandom random) {
        byte[] bytes = new byte[128];
        random.nextBytes(bytes);
        return new Srp(new BigInteger(1, bytes));
    }

    /** With a given {@code a}: for the test vectors only. */
    static Srp withSecret(BigInteger a) {
        return new Srp(a);
    }

    /** {@code SRP_A}, in hex as Cognito takes it. */
    String largeA() {
        return largeA.toString(16);
    }

    /**
     * The 16-byte key the claim is signed with.
     * @param poolName the user pool id after its underscore
     * @param userId Cognito's {@code USER_ID_FOR_SRP}
     * @param serverB Cognito's {@code SRP_B}, hex
     * @param salt Cognito's {@code SALT}, hex
     */
    byte[] passwordKey(String poolName, String userId, String password, String serverB, String salt) {
        BigInteger b = new BigInteger(serverB, 16);
        if (b.mod(N).signum() == 0) {
            throw new IllegalArgumentException("SRP_B mod N is 0");
        }
        BigInteger u = new BigInteger(1, sha256(concat(largeA.toByteArray(), b.toByteArray())));
        if (u.signum() == 0) {
            throw new IllegalArgumentException("u is 0");
        }
        byte[] identity = sha256((poolName + userId + ":" + password).getBytes(StandardCharsets.UTF_8));
        BigInteger x = new BigInteger(1, sha256(concat(new BigInteger(salt, 16).toByteArray(), identity)));
        BigInteger s = b.subtract(K.multiply(G.modPow(x, N))).modPow(a.add(u.multiply(x)), N).mod(N);
        byte[] pseudoRandomKey = hmac(u.toByteArray(), s.toByteArray());
        return Arrays.copyOf(hmac(pseudoRandomKey, INFO), 16);
    }

    /** {@code PASSWORD_CLAIM_SIGNATURE}: base64 of the HMAC over what Cognito asked. */
    static String claim(byte[] key, String poolName, String userId, String secretBlock, String timestamp) {
        return Base64.getEncoder()
            .encodeToString(
                    hmac(key, concat(poolName.getBytes(StandardCharsets.UTF_8), userId.getBytes(StandardCharsets.UTF_8),
                            Base64.getDecoder().decode(secretBlock), timestamp.getBytes(StandardCharsets.UTF_8))));
    }

    /** {@code TIMESTAMP}, e.g. {@code Mon Nov 2 09:05:07 UTC 2026}. */
    static String timestamp(Instant now) {
        return TIMESTAMP.format(now);
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("SHA-256 is not available", ex);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HmacSHA256 is not available", ex);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

}

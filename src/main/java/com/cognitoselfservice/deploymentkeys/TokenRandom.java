package com.cognitoselfservice.deploymentkeys;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Random bytes for the tokens every page view draws, without the request threads queueing
 * for one generator: the JDK's default on Linux serialises all callers on one lock held
 * across a read of {@code /dev/urandom}. Here a thread draws from one of a few DRBG
 * generators, each seeded by the system, picked by the thread's id.
 */
public final class TokenRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    private static final TokenRandom INSTANCE = new TokenRandom(Runtime.getRuntime().availableProcessors() * 4);

    private final transient SecureRandom[] generators;

    private TokenRandom(int count) {
        generators = new SecureRandom[count];
        for (int i = 0; i < count; i++) {
            generators[i] = drbg();
        }
    }

    public static SecureRandom get() {
        return INSTANCE;
    }

    @Override
    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+; the id is the same.
    public void nextBytes(byte[] bytes) {
        generators[(int) Math.floorMod(Thread.currentThread().getId(), (long) generators.length)].nextBytes(bytes);
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("This JVM has no DRBG random generator", ex);
        }
    }

}

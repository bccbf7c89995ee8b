package com.cognitoselfservice.cognito;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What AWS accepts as a username: every username field is checked against
 * {@link #CHARACTERS}, and a username a link brings only prefills a page when it could be
 * valid.
 */
public final class Username {

    /** The characters AWS allows in a username. */
    public static final String CHARACTERS = "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]*";

    public static final int MAXIMUM_LENGTH = 128;

    private static final Pattern VALID = Pattern.compile(CHARACTERS);

    private Username() {
    }

    /**
     * The username a link brings, stripped, or null when it could never be valid: it is
     * dropped rather than shown.
     */
    public static @Nullable String prefill(@Nullable String username) {
        if (username == null) {
            return null;
        }
        String stripped = username.strip();
        boolean valid = !stripped.isEmpty() && stripped.length() <= MAXIMUM_LENGTH && VALID.matcher(stripped).matches();
        return valid ? stripped : null;
    }

}

package com.cognitoselfservice.web;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Query parameters a product passes to an entry page. They only prefill the page, so a
 * value that could never be valid is dropped rather than shown.
 */
public final class EntryParameters {

    /**
     * The characters AWS allows in a username; every username field is checked against
     * it.
     */
    public static final String USERNAME_CHARACTERS = "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]*";

    private static final Pattern USERNAME = Pattern.compile(USERNAME_CHARACTERS);

    private EntryParameters() {
    }

    public static @Nullable String username(@Nullable String username) {
        if (username == null) {
            return null;
        }
        String stripped = username.strip();
        boolean valid = !stripped.isEmpty() && stripped.length() <= 128 && USERNAME.matcher(stripped).matches();
        return valid ? stripped : null;
    }

}

package com.cognitoselfservice.web;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Query parameters a product passes to an entry page. They only prefill the page, so a
 * value that could never be valid is dropped rather than shown.
 */
public final class EntryParameters {

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]{1,128}");

    private EntryParameters() {
    }

    public static @Nullable String username(@Nullable String username) {
        if (username == null) {
            return null;
        }
        String stripped = username.strip();
        return USERNAME.matcher(stripped).matches() ? stripped : null;
    }

}

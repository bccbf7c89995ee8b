package com.cognitoselfservice.cognito;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The {@code cognito:groups} claim of an ID token. The token is not verified here: it was
 * received from Cognito over TLS in this very request, never from a browser.
 */
final class IdTokenGroups {

    private static final Pattern GROUPS = Pattern.compile("\"cognito:groups\"\\s*:\\s*\\[([^\\]]*)\\]");

    private static final Pattern NAME = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private IdTokenGroups() {
    }

    static List<String> of(@Nullable String idToken) {
        List<String> groups = new ArrayList<>();
        if (idToken == null) {
            return groups;
        }
        String[] parts = idToken.split("\\.");
        if (parts.length < 2) {
            return groups;
        }
        String payload;
        try {
            payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            return groups;
        }
        Matcher claim = GROUPS.matcher(payload);
        if (claim.find()) {
            Matcher name = NAME.matcher(claim.group(1));
            while (name.find()) {
                groups.add(name.group(1));
            }
        }
        return groups;
    }

}

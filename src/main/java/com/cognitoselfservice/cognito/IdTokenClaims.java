package com.cognitoselfservice.cognito;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code cognito:groups} and verified {@code email} claims of an ID token. The token
 * is not verified here: it was received from Cognito over TLS in this very request, never
 * from a browser.
 */
final class IdTokenClaims {

    private static final Pattern GROUPS = Pattern.compile("\"cognito:groups\"\\s*:\\s*\\[([^\\]]*)\\]");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern NAME = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private IdTokenClaims() {
    }

    static List<String> groups(@Nullable String idToken) {
        List<String> groups = new ArrayList<>();
        String payload = payload(idToken);
        if (payload == null) {
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

    /** The {@code email} claim, when {@code email_verified} is true. */
    static @Nullable String verifiedEmail(@Nullable String idToken) {
        String payload = payload(idToken);
        if (payload == null) {
            return null;
        }
        try {
            JsonNode claims = JSON.readTree(payload);
            JsonNode verified = claims.path("email_verified");
            boolean isVerified = verified.asBoolean(false) || "true".equals(verified.asString(""));
            String email = claims.path("email").asString("");
            return (isVerified && !email.isBlank()) ? email : null;
        }
        catch (JacksonException ex) {
            return null;
        }
    }

    private static @Nullable String payload(@Nullable String idToken) {
        if (idToken == null) {
            return null;
        }
        String[] parts = idToken.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

}

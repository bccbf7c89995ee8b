package com.cognitoselfservice.product;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Decides whether a {@code return_to} URL may be offered: its scheme, host and port must
 * equal those of an allowed prefix and its path must continue that prefix's path. A plain
 * string prefix test would let {@code https://app.example.evil.net} through for
 * {@code https://app.example}. The path is compared as the browser will resolve it: dot
 * segments are removed first, and a path that still hides a dot, a slash or a backslash
 * behind percent-encoding ({@code /app/%2e%2e/evil}) is refused.
 */
public final class ReturnUrlPolicy {

    // A percent-encoded dot, slash or backslash, which a browser may decode before it
    // resolves the path.
    private static final Pattern ENCODED_SEPARATOR = Pattern.compile("%(2e|2f|5c)", Pattern.CASE_INSENSITIVE);

    private final List<URI> allowed;

    private ReturnUrlPolicy(List<URI> allowed) {
        this.allowed = allowed;
    }

    public static ReturnUrlPolicy of(List<String> allowedPrefixes) {
        return new ReturnUrlPolicy(allowedPrefixes.stream()
            .map(String::strip)
            .filter((url) -> !url.isEmpty())
            .map(ReturnUrlPolicy::parse)
            .flatMap(Optional::stream)
            .toList());
    }

    /** The URL itself when it may be offered, else empty. */
    public Optional<String> allowedOrEmpty(@Nullable String url) {
        if (url == null || url.isBlank() || url.length() > 2048) {
            return Optional.empty();
        }
        return parse(url.strip()).filter(this::isAllowed).map(URI::toString);
    }

    private boolean isAllowed(URI candidate) {
        return allowed.stream().anyMatch((prefix) -> matches(prefix, candidate));
    }

    private static boolean matches(URI prefix, URI candidate) {
        if (!prefix.getScheme().equalsIgnoreCase(candidate.getScheme())
                || !prefix.getHost().equalsIgnoreCase(candidate.getHost()) || port(prefix) != port(candidate)) {
            return false;
        }
        String prefixPath = Objects.requireNonNullElse(prefix.getRawPath(), "");
        String path = Objects.requireNonNullElse(candidate.getRawPath(), "");
        if (prefixPath.isEmpty() || prefixPath.endsWith("/")) {
            return path.startsWith(prefixPath) || (path + "/").equals(prefixPath);
        }
        return path.equals(prefixPath) || path.startsWith(prefixPath + "/");
    }

    private static Optional<URI> parse(String url) {
        try {
            URI uri = new URI(url).normalize();
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("https") || scheme.equals("http");
            if (!web || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawPath().contains("..")
                    || ENCODED_SEPARATOR.matcher(uri.getRawPath()).find() || uri.getRawPath().contains("\\")) {
                return Optional.empty();
            }
            return Optional.of(uri);
        }
        catch (URISyntaxException ex) {
            return Optional.empty();
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

}

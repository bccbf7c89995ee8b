package com.cognitoselfservice.product;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * The origins that may frame a product's pages. Each must be an exact origin, since
 * completion messages are posted to it: {@code https://shop.example} (or {@code http} for
 * localhost while developing), no wildcard and no path.
 */
final class FrameAncestors {

    private FrameAncestors() {
    }

    static List<String> parse(String property, List<String> values) {
        return values.stream()
            .map(String::strip)
            .filter((value) -> !value.isEmpty())
            .map((value) -> origin(property, value))
            .toList();
    }

    private static String origin(String property, String value) {
        try {
            URI uri = new URI(value);
            String scheme = (uri.getScheme() == null) ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            boolean local = "localhost".equals(host) || "127.0.0.1".equals(host);
            boolean path = uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/");
            if (host == null || host.contains("*") || path || uri.getRawQuery() != null || uri.getRawUserInfo() != null
                    || !(scheme.equals("https") || (scheme.equals("http") && local))) {
                throw new URISyntaxException(value, "not an origin");
            }
            return scheme + "://" + host.toLowerCase(Locale.ROOT) + ((uri.getPort() == -1) ? "" : ":" + uri.getPort());
        }
        catch (URISyntaxException ex) {
            throw new InvalidProductSettingException(property, "has '" + value + "', which is not an origin: list "
                    + "origins such as https://shop.example (https, no path, no wildcard)");
        }
    }

}

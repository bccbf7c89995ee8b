package com.cognitoselfservice.notify;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * What a notice may say about who made the change: the browser family (never the full
 * user agent) and the network, the address with its host part cut off (IPv4 /24, IPv6
 * /48), so the message cannot be used to locate the person precisely.
 */
final class Requesters {

    // Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
    private static final String[][] FAMILIES = { { "Edg/", "Edge" }, { "EdgA/", "Edge" }, { "OPR/", "Opera" },
            { "SamsungBrowser/", "Samsung Internet" }, { "Firefox/", "Firefox" }, { "FxiOS/", "Firefox" },
            { "CriOS/", "Chrome" }, { "Chrome/", "Chrome" }, { "Chromium/", "Chromium" }, { "Safari/", "Safari" } };

    private Requesters() {
    }

    static @Nullable String browserFamily(@Nullable String userAgent) {
        if (userAgent == null) {
            return null;
        }
        return Arrays.stream(FAMILIES)
            .filter((family) -> userAgent.contains(family[0]))
            .map((family) -> family[1])
            .findFirst()
            .orElse(null);
    }

    static @Nullable String network(@Nullable String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9a-fA-F:.]+")) {
            return null;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed.isLoopbackAddress()) {
                return null;
            }
            byte[] bytes = parsed.getAddress();
            if (bytes.length == 4) {
                return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24";
            }
            return String.format("%x:%x:%x::/48", word(bytes, 0), word(bytes, 2), word(bytes, 4));
        }
        catch (UnknownHostException ex) {
            return null;
        }
    }

    private static int word(byte[] bytes, int at) {
        return ((bytes[at] & 0xff) << 8) | (bytes[at + 1] & 0xff);
    }

}

package com.cognitoselfservice.abuse;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's IP address. Behind a proxy, set {@code server.forward-headers-strategy} so
 * that the servlet container reports the real client instead of the proxy.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /**
     * What the per-address limits count: an IPv4 address, or the /64 of an IPv6 one,
     * since one subscriber is given a whole /64 and could otherwise count as billions of
     * addresses.
     */
    public static String of(HttpServletRequest request) {
        return network(request.getRemoteAddr());
    }

    /** The address itself, as the audit trail and the notices read it. */
    public static String exact(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    static String network(String address) {
        if (address.indexOf(':') < 0 || !address.matches("[0-9a-zA-Z:.%]+")) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            byte[] bytes = parsed.getAddress();
            if (bytes.length != 16) {
                return parsed.getHostAddress();
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        }
        catch (UnknownHostException ex) {
            return address;
        }
    }

}

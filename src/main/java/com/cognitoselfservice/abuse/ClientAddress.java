package com.cognitoselfservice.abuse;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's IP address. Behind a proxy, set {@code server.forward-headers-strategy} so
 * that the servlet container reports the real client instead of the proxy.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

}

package com.cognitoselfservice.mfa;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.nayuki.qrcodegen.QrCode;

/**
 * The QR code an authenticator app scans, drawn here as one SVG path (no image from
 * elsewhere, nothing for the CSP to allow): the standard
 * {@code otpauth://totp/<product>:<username>?secret=…&issuer=<product>} URI, with a quiet
 * zone of four modules around it.
 */
record AuthenticatorQr(int size, String path) {

    private static final int QUIET_ZONE = 4;

    static AuthenticatorQr of(String product, String username, String key) {
        QrCode code = QrCode.encodeText(uri(product, username, key), QrCode.Ecc.MEDIUM);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                if (code.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return new AuthenticatorQr(code.size + 2 * QUIET_ZONE, path.toString());
    }

    static String uri(String product, String username, String key) {
        return "otpauth://totp/" + encoded(product) + ":" + encoded(username) + "?secret=" + encoded(key) + "&issuer="
                + encoded(product);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "AuthenticatorQr[" + size + " modules]";
    }

}

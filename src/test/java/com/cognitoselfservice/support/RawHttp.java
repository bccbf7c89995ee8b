package com.cognitoselfservice.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 exactly as given, over a socket of its own: for requests no well-behaved
 * client would send (control characters in a header, invalid UTF-8, a body that does not
 * match its content type), which is what the app must still answer well.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /**
     * The answer: status, headers (names lower-cased, the last of a name), the cookies it
     * set ({@code name=value}) and the body.
     */
    public record Answer(int status, Map<String, String> headers, List<String> cookies, String body) {
    }

    public static Answer send(int port, byte[] request) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return parse(socket.getInputStream().readAllBytes());
        }
        catch (IOException ex) {
            throw new IllegalStateException("The app did not answer: " + ex.getMessage(), ex);
        }
    }

    private static Answer parse(byte[] raw) throws IOException {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            throw new IOException("not an HTTP answer: " + text.substring(0, Math.min(80, text.length())));
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        for (int line = 1; line < lines.length; line++) {
            int colon = lines[line].indexOf(':');
            String name = lines[line].substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = lines[line].substring(colon + 1).strip();
            headers.put(name, value);
            if (name.equals("set-cookie")) {
                cookies.add(value.split(";", 2)[0]);
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(status, headers, cookies, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = new java.io.ByteArrayInputStream(chunked);
        while (true) {
            StringBuilder size = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    return out.toByteArray();
                }
                if (b != '\r') {
                    size.append((char) b);
                }
            }
            int length = Integer.parseInt(size.toString().split(";")[0].strip(), 16);
            if (length == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(length));
            in.readNBytes(2);
        }
    }

}

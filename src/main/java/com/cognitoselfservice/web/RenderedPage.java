package com.cognitoselfservice.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A page as rendered with a stand-in for its form token, kept as the bytes between the
 * stand-ins, so that each view writes them with a token of its own.
 */
final class RenderedPage {

    /** Rendered where the token goes; the text of no template or message contains it. */
    static final String TOKEN_STAND_IN = "csrf-token-stand-in-0d9e7a1c5b";

    private final List<byte[]> parts;

    private final int size;

    private RenderedPage(List<byte[]> parts) {
        this.parts = parts;
        this.size = parts.stream().mapToInt((part) -> part.length).sum();
    }

    static RenderedPage of(String html) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int at = html.indexOf(TOKEN_STAND_IN); at >= 0; at = html.indexOf(TOKEN_STAND_IN, start)) {
            parts.add(html.substring(start, at).getBytes(StandardCharsets.UTF_8));
            start = at + TOKEN_STAND_IN.length();
        }
        parts.add(html.substring(start).getBytes(StandardCharsets.UTF_8));
        return new RenderedPage(List.copyOf(parts));
    }

    boolean hasForm() {
        return parts.size() > 1;
    }

    int size() {
        return size;
    }

    /**
     * Sends the page with the token in every form; asks for the token (which sets its
     * cookie) only if there is a form.
     */
    void writeTo(HttpServletResponse response, Supplier<String> token) throws IOException {
        byte[] value = hasForm() ? token.get().getBytes(StandardCharsets.US_ASCII) : new byte[0];
        response.setContentLength(size + (parts.size() - 1) * value.length);
        OutputStream out = response.getOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.write(value);
            }
            out.write(parts.get(i));
        }
    }

}

package com.cognitoselfservice.renderedpages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A page as rendered with stand-ins for its form token and for the values of one view
 * ({@link PerView}), kept as the bytes between them, so that each view writes them with
 * values of its own.
 */
final class RenderedPage {

    /** Rendered where the token goes; the text of no template or message contains it. */
    static final String TOKEN_STAND_IN = "csrf-token-stand-in-0d9e7a1c5b";

    /** The slot of the form token. */
    static final String TOKEN = "csrf";

    private static final Pattern SLOTS = Pattern.compile(Pattern.quote(TOKEN_STAND_IN) + "|" + PerView.slotPattern());

    private final List<byte[]> parts;

    // The slot after each part but the last.
    private final List<String> slots;

    private final int size;

    private RenderedPage(List<byte[]> parts, List<String> slots) {
        this.parts = parts;
        this.slots = slots;
        this.size = parts.stream().mapToInt((part) -> part.length).sum();
    }

    static RenderedPage of(String html) {
        List<byte[]> parts = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        int start = 0;
        Matcher slot = SLOTS.matcher(html);
        while (slot.find()) {
            parts.add(html.substring(start, slot.start()).getBytes(StandardCharsets.UTF_8));
            slots.add((slot.group(1) != null) ? slot.group(1) : TOKEN);
            start = slot.end();
        }
        parts.add(html.substring(start).getBytes(StandardCharsets.UTF_8));
        return new RenderedPage(List.copyOf(parts), List.copyOf(slots));
    }

    boolean hasForm() {
        return slots.contains(TOKEN);
    }

    int size() {
        return size;
    }

    /**
     * Sends the page with each slot filled: {@link #TOKEN} with the form token, the
     * others with this view's values, already fit for HTML. Asks only for the slots the
     * page has (asking for the token sets its cookie).
     */
    void writeTo(HttpServletResponse response, Function<String, String> values) throws IOException {
        List<byte[]> filled = new ArrayList<>(slots.size());
        int length = size;
        for (String slot : slots) {
            byte[] value = values.apply(slot).getBytes(StandardCharsets.UTF_8);
            filled.add(value);
            length += value.length;
        }
        response.setContentLength(length);
        OutputStream out = response.getOutputStream();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.write(filled.get(i - 1));
            }
            out.write(parts.get(i));
        }
    }

}

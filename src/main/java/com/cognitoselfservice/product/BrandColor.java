package com.cognitoselfservice.product;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.util.DigestUtils;

/**
 * A brand colour that buttons (white text on it) and links (it on white) can use: its
 * contrast with white is at least 4.5:1 (WCAG 2.2 AA for normal text). A lighter colour
 * is darkened, keeping its hue, until it is.
 */
public record BrandColor(String hex) {

    public static final BrandColor DEFAULT = new BrandColor("#0b57d0");

    static final double MINIMUM_CONTRAST = 4.5;

    private static final Pattern HEX = Pattern.compile("#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");

    /** Parses {@code #rrggbb} or {@code #rgb}; anything else is refused. */
    static BrandColor parse(String value) {
        String trimmed = value.strip();
        if (!HEX.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("is not a colour: use #rrggbb, e.g. #0b57d0");
        }
        String digits = trimmed.startsWith("#") ? trimmed.substring(1) : trimmed;
        if (digits.length() == 3) {
            digits = "" + digits.charAt(0) + digits.charAt(0) + digits.charAt(1) + digits.charAt(1) + digits.charAt(2)
                    + digits.charAt(2);
        }
        return new BrandColor("#" + digits.toLowerCase(Locale.ROOT));
    }

    /** The stylesheet that gives the pages this colour. */
    String stylesheet() {
        return ":root { --brand: " + hex + "; }\n";
    }

    /** Names the stylesheet's content in its URL, so that a browser may keep it. */
    String version() {
        return DigestUtils.md5DigestAsHex(stylesheet().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    double contrastOnWhite() {
        return 1.05 / (relativeLuminance() + 0.05);
    }

    boolean isReadableOnWhite() {
        return contrastOnWhite() >= MINIMUM_CONTRAST;
    }

    /** This colour, or the closest darker shade of it that is readable on white. */
    BrandColor readableOnWhite() {
        BrandColor shade = this;
        double factor = 1.0;
        while (!shade.isReadableOnWhite()) {
            factor -= 0.02;
            shade = scaled(factor);
        }
        return shade;
    }

    private BrandColor scaled(double factor) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int red = (int) Math.floor(((rgb >> 16) & 0xff) * factor);
        int green = (int) Math.floor(((rgb >> 8) & 0xff) * factor);
        int blue = (int) Math.floor((rgb & 0xff) * factor);
        return new BrandColor(String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue));
    }

    private double relativeLuminance() {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    private static double linear(int channel) {
        double value = channel / 255.0;
        return (value <= 0.04045) ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }

}

package com.cognitoselfservice.product;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Finds logos: a file name is looked up in {@code reset.logo-folder} (a directory, or a
 * {@code classpath:} location), anything starting with {@code https://} is used as it is.
 */
@Component
class LogoFolder {

    private static final Pattern FILE_NAME = Pattern.compile("[\\w-][\\w.-]{0,99}\\.(svg|png|jpe?g|webp|gif)",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> MEDIA_TYPES = Map.of("svg", "image/svg+xml", "png", "image/png", "jpg",
            "image/jpeg", "jpeg", "image/jpeg", "webp", "image/webp", "gif", "image/gif");

    private final ResourceLoader resources;

    private final @Nullable String folder;

    LogoFolder(ResourceLoader resources, ProductProperties settings) {
        this.resources = resources;
        String location = settings.logoFolder();
        if (location == null || location.isBlank()) {
            this.folder = null;
        }
        else {
            String trimmed = location.strip();
            boolean prefixed = trimmed.startsWith("classpath:") || trimmed.startsWith("file:");
            this.folder = (prefixed ? trimmed : "file:" + trimmed) + (trimmed.endsWith("/") ? "" : "/");
        }
    }

    @Nullable Logo logo(String property, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String logo = value.strip();
        if (logo.startsWith("https://")) {
            return new Logo(null, logo, mediaType(logo));
        }
        if (!FILE_NAME.matcher(logo).matches()) {
            throw new InvalidProductSettingException(property,
                    "is neither an https:// URL nor a file name such as " + "shop.svg (svg, png, jpg, webp or gif)");
        }
        if (folder == null) {
            throw new InvalidProductSettingException(property,
                    "names a file but RESET_LOGO_FOLDER (reset.logo-folder) is not set");
        }
        Resource file = resources.getResource(folder + logo);
        if (!file.isReadable()) {
            throw new InvalidProductSettingException(property,
                    "names " + logo + ", which is not in the logo folder " + folder);
        }
        return new Logo(file, null, mediaType(logo));
    }

    private static String mediaType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return MEDIA_TYPES.getOrDefault(extension, "image/png");
    }

}

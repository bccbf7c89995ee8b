package com.cognitoselfservice.product;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The products that host these pages. The default product (no {@code client} parameter)
 * takes its branding from {@code reset.brand.*}, and where people may return to, who may
 * frame it and whom to ask for help from the single-product variables
 * ({@code RESET_ALLOWED_RETURN_URLS}, {@code RESET_FRAME_ANCESTORS},
 * {@code RESET_SUPPORT_CONTACT}); each entry of {@code reset.products} is chosen with
 * {@code ?client=}.
 */
@Validated
@ConfigurationProperties("reset")
public record ProductProperties(@Valid @DefaultValue Brand brand, @DefaultValue List<@Valid ProductSettings> products,
        @Nullable String logoFolder, @DefaultValue List<String> allowedReturnUrls,
        @DefaultValue List<String> frameAncestors, @Nullable String supportContact) {

    /** How the default product looks. */
    public record Brand(@Nullable String name, @Nullable String logo, @Nullable String color,
            @Nullable String language) {
    }

    /**
     * One product. Without its own app client it uses the default one, and the default
     * pool unless it names another.
     */
    public record ProductSettings(
            @NotBlank(message = "is missing: every product needs the client key its links carry") @Pattern(
                    regexp = "[a-z0-9][a-z0-9-]{0,39}",
                    message = "is malformed: a client key has up to 40 lower-case letters, digits and '-'") String client,
            @NotBlank(message = "is missing: every product needs a display name") String name,
            @Nullable String userPoolId, @Nullable String appClientId, @Nullable String appClientSecret,
            @Nullable String logo, @Nullable String color, @Nullable String supportContact,
            @DefaultValue List<String> returnUrls, @DefaultValue List<String> frameAncestors,
            @Nullable String language) {
    }

}

package com.cognitoselfservice.cognito;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The user pool and app client the user flows talk to, bound from the {@code COGNITO_*}
 * variables of the public contract.
 */
@Validated
@ConfigurationProperties("cognito")
public record CognitoProperties(
        @NotBlank(message = "is missing: set it to your user pool id, e.g. eu-west-1_AbCdEf123") @Size(max = 55,
                message = "is longer than 55 characters, so it cannot be a user pool id") @Pattern(
                        regexp = "[\\w-]+_[0-9a-zA-Z]+",
                        message = "is malformed: a user pool id looks like eu-west-1_AbCdEf123") String userPoolId,
        @NotBlank(message = "is missing: set it to the id of the pool's app client") @Size(max = 128,
                message = "is longer than 128 characters, so it cannot be an app client id") @Pattern(
                        regexp = "[\\w+]+",
                        message = "is malformed: an app client id has only letters, digits and '+'") String clientId,
        @Nullable String clientSecret, @Nullable String region, @Nullable URI endpoint,
        @Nullable Map<String, String> clientMetadata, @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration apiCallAttemptTimeout, @DefaultValue("10s") Duration apiCallTimeout,
        @DefaultValue("3") int maxAttempts, @Valid @DefaultValue PasswordPolicySettings passwordPolicy) {

    /**
     * The region named by the pool id's prefix ({@code eu-west-1_AbC} is in eu-west-1)
     * unless set.
     */
    public String effectiveRegion() {
        return (region != null && !region.isBlank()) ? region : AppClient.regionOf(userPoolId);
    }

    public Map<String, String> clientMetadataOrEmpty() {
        return clientMetadata == null ? Map.of() : clientMetadata;
    }

    /** Password rules to show and check when the pool's own policy cannot be read. */
    public record PasswordPolicySettings(@Nullable Integer minimumLength, @Nullable Boolean requireUppercase,
            @Nullable Boolean requireLowercase, @Nullable Boolean requireNumbers, @Nullable Boolean requireSymbols) {

        boolean isConfigured() {
            return minimumLength != null || requireUppercase != null || requireLowercase != null
                    || requireNumbers != null || requireSymbols != null;
        }

    }

}

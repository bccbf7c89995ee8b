package com.cognitoselfservice.deploymentkeys;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code RESET_SESSION_KEY}, the deployment's secret (base64 of at least 32 random
 * bytes), and {@code RESET_SESSION_KEY_PREVIOUS}, the one it replaces, still accepted
 * while what it sealed lives on.
 */
@ConfigurationProperties("reset")
public record SessionKeyProperties(@Nullable String sessionKey, @Nullable String sessionKeyPrevious) {

}

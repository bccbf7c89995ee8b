package com.cognitoselfservice.cognito;

import org.jspecify.annotations.Nullable;

/**
 * One Cognito app client the user flows can speak as: its pool, id and optional secret.
 * The region is the pool id's prefix unless set.
 */
public record AppClient(String userPoolId, String clientId, @Nullable String clientSecret, @Nullable String region) {

    public AppClient {
        clientSecret = (clientSecret == null || clientSecret.isBlank()) ? null : clientSecret;
        region = (region == null || region.isBlank()) ? null : region;
    }

    public static AppClient of(CognitoProperties properties) {
        return new AppClient(properties.userPoolId(), properties.clientId(), properties.clientSecret(),
                properties.region());
    }

    public String effectiveRegion() {
        return (region != null) ? region : userPoolId.substring(0, userPoolId.indexOf('_'));
    }

    public boolean hasSecret() {
        return clientSecret != null;
    }

    @Override
    public String toString() {
        return "AppClient[" + userPoolId + ", " + clientId + "]";
    }

}

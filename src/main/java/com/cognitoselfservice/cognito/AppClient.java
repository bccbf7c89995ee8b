package com.cognitoselfservice.cognito;

import org.jspecify.annotations.Nullable;

/**
 * One Cognito app client the user flows can speak as: its pool, id, optional secret and
 * region, which is the pool id's prefix unless set.
 */
public record AppClient(String userPoolId, String clientId, @Nullable String clientSecret, String region) {

    public AppClient {
        clientSecret = (clientSecret == null || clientSecret.isBlank()) ? null : clientSecret;
        // Null where a setting leaves it out.
        region = (region == null || region.isBlank()) ? regionOf(userPoolId) : region;
    }

    public static AppClient of(CognitoProperties properties) {
        return new AppClient(properties.userPoolId(), properties.clientId(), properties.clientSecret(),
                properties.region());
    }

    /** The region a pool id names: {@code eu-west-1_AbC} is in eu-west-1. */
    static String regionOf(String userPoolId) {
        return userPoolId.substring(0, userPoolId.indexOf('_'));
    }

    public boolean hasSecret() {
        return clientSecret != null;
    }

    @Override
    public String toString() {
        return "AppClient[" + userPoolId + ", " + clientId + "]";
    }

}

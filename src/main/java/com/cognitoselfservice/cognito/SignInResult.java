package com.cognitoselfservice.cognito;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a sign-in step gave: an access token and the user's Cognito groups (from the ID
 * token), or a further challenge.
 */
public record SignInResult(@Nullable AccessToken accessToken, @Nullable SignInChallenge challenge,
        List<String> groups) {

    static SignInResult signedIn(AccessToken token, List<String> groups) {
        return new SignInResult(token, null, groups);
    }

    static SignInResult challenged(SignInChallenge challenge) {
        return new SignInResult(null, challenge, List.of());
    }

    public boolean isSignedIn() {
        return accessToken != null;
    }

}

package com.cognitoselfservice.cognito;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a sign-in step gave: an access token, the user's Cognito groups and verified email
 * (from the ID token), or a further challenge.
 */
public record SignInResult(@Nullable AccessToken accessToken, @Nullable SignInChallenge challenge, List<String> groups,
        @Nullable String verifiedEmail) {

    static SignInResult signedIn(AccessToken token, List<String> groups, @Nullable String verifiedEmail) {
        return new SignInResult(token, null, groups, verifiedEmail);
    }

    static SignInResult challenged(SignInChallenge challenge) {
        return new SignInResult(null, challenge, List.of(), null);
    }

    public boolean isSignedIn() {
        return accessToken != null;
    }

}

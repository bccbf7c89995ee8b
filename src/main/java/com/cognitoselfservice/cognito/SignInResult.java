package com.cognitoselfservice.cognito;

import org.jspecify.annotations.Nullable;

/** What a sign-in step gave: an access token, or a further challenge. */
public record SignInResult(@Nullable AccessToken accessToken, @Nullable SignInChallenge challenge) {

    static SignInResult signedIn(AccessToken token) {
        return new SignInResult(token, null);
    }

    static SignInResult challenged(SignInChallenge challenge) {
        return new SignInResult(null, challenge);
    }

    public boolean isSignedIn() {
        return accessToken != null;
    }

}

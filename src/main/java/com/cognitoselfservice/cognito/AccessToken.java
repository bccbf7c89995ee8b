package com.cognitoselfservice.cognito;

/**
 * A user's access token, used for one request and dropped. Its {@code toString} hides the
 * value so that it cannot reach a log by accident.
 */
public record AccessToken(String value) {

    @Override
    public String toString() {
        return "AccessToken[hidden]";
    }

}

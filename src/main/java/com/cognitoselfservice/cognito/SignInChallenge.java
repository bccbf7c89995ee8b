package com.cognitoselfservice.cognito;

import java.io.Serializable;
import java.util.List;

/**
 * A challenge Cognito answered a sign-in with: its name, Cognito's session for it, the
 * username to answer it as ({@code USER_ID_FOR_SRP}) and, for NEW_PASSWORD_REQUIRED, the
 * attributes it requires (without the {@code userAttributes.} prefix). The session must
 * stay on the server.
 */
public record SignInChallenge(String name, String session, String username,
        List<String> requiredAttributes) implements Serializable {

    public static final String NEW_PASSWORD_REQUIRED = "NEW_PASSWORD_REQUIRED";

    private static final List<String> CODE_CHALLENGES = List.of("SMS_MFA", "EMAIL_OTP", "SOFTWARE_TOKEN_MFA");

    public boolean isNewPasswordRequired() {
        return NEW_PASSWORD_REQUIRED.equals(name);
    }

    /** A challenge answered with a code the user receives or generates. */
    public boolean isCodeChallenge() {
        return CODE_CHALLENGES.contains(name);
    }

    @Override
    public String toString() {
        return "SignInChallenge[" + name + ", session hidden]";
    }

}

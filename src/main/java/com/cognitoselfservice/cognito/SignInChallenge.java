package com.cognitoselfservice.cognito;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;

/**
 * A challenge Cognito answered a sign-in with: its name, Cognito's session for it, the
 * username to answer it as ({@code USER_ID_FOR_SRP}), for NEW_PASSWORD_REQUIRED the
 * attributes it requires (without the {@code userAttributes.} prefix), and for
 * SELECT_MFA_TYPE the factors the person may choose from (for MFA_SETUP, those they may
 * set up), and whether the person signs in without a password. The session must stay on
 * the server.
 */
public record SignInChallenge(ChallengeNameType name, String session, String username, List<String> requiredAttributes,
        List<String> choices, boolean withoutPassword) implements Serializable {

    public SignInChallenge(ChallengeNameType name, String session, String username, List<String> requiredAttributes) {
        this(name, session, username, requiredAttributes, List.of(), false);
    }

    public SignInChallenge(ChallengeNameType name, String session, String username, List<String> requiredAttributes,
            List<String> choices) {
        this(name, session, username, requiredAttributes, choices, false);
    }

    private static final Set<ChallengeNameType> CODE_CHALLENGES = Set.of(ChallengeNameType.SMS_MFA,
            ChallengeNameType.EMAIL_OTP, ChallengeNameType.SMS_OTP, ChallengeNameType.SOFTWARE_TOKEN_MFA);

    public boolean isNewPasswordRequired() {
        return name == ChallengeNameType.NEW_PASSWORD_REQUIRED;
    }

    /** A challenge answered with a code the user receives or generates. */
    public boolean isCodeChallenge() {
        return CODE_CHALLENGES.contains(name);
    }

    /**
     * The same challenge, for a person who signs in without a password (a one-time code
     * of choice-based sign-in): once signed in, they choose a first password.
     */
    public SignInChallenge forAPersonWithoutPassword() {
        return new SignInChallenge(name, session, username, requiredAttributes, choices, true);
    }

    /** A choice of the second factor to sign in with (SELECT_MFA_TYPE). */
    public boolean isMfaChoice() {
        return name == ChallengeNameType.SELECT_MFA_TYPE;
    }

    /**
     * Whether an authenticator app may be set up for MFA_SETUP: when Cognito lists what
     * may be set up, it must be among them.
     */
    public boolean allowsAuthenticatorSetup() {
        return choices.isEmpty() || choices.contains(ChallengeNameType.SOFTWARE_TOKEN_MFA.toString());
    }

    /** A first sign-in factor to set up before signing in (MFA_SETUP). */
    public boolean isMfaSetup() {
        return name == ChallengeNameType.MFA_SETUP;
    }

    /** The same challenge under the session Cognito answered a step of it with. */
    public SignInChallenge withSession(String next) {
        return new SignInChallenge(name, next, username, requiredAttributes, choices, withoutPassword);
    }

    /** Cognito's name of the challenge, e.g. {@code SMS_MFA}, for the pages' texts. */
    public String nameAsString() {
        return name.toString();
    }

    @Override
    public String toString() {
        return "SignInChallenge[" + name + ", session hidden]";
    }

}

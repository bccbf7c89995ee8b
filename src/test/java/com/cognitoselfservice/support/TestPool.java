package com.cognitoselfservice.support;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import com.cognitoselfservice.cognito.SecretHash;

/** A user pool in the emulator, its app client, and the users a test makes in it. */
public final class TestPool {

    public static final String DEFAULT_PASSWORD = "Old-pass-1!";

    private final CognitoIdentityProviderClient admin;

    private final String userPoolId;

    private final UserPoolClientType client;

    private TestPool(CognitoIdentityProviderClient admin, String userPoolId, UserPoolClientType client) {
        this.admin = admin;
        this.userPoolId = userPoolId;
        this.client = client;
    }

    static TestPool create(CognitoIdentityProviderClient admin, String name, boolean clientWithSecret) {
        // moto counts omitted Require* flags as true, so every flag is set explicitly.
        String poolId = admin.createUserPool((r) -> r.poolName(name)
            .policies((p) -> p.passwordPolicy((pp) -> pp.minimumLength(8)
                .requireUppercase(true)
                .requireLowercase(true)
                .requireNumbers(true)
                .requireSymbols(true))))
            .userPool()
            .id();
        UserPoolClientType client = admin
            .createUserPoolClient((r) -> r.userPoolId(poolId)
                .clientName(name + "-client")
                .generateSecret(clientWithSecret)
                // moto deviates: Cognito puts every readable attribute in the ID
                // token when a client names none, moto only those named.
                .readAttributes("email", "email_verified")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
            .userPoolClient();
        return new TestPool(admin, poolId, client);
    }

    public String userPoolId() {
        return userPoolId;
    }

    public String clientId() {
        return client.clientId();
    }

    public @Nullable String clientSecret() {
        return client.clientSecret();
    }

    /** A confirmed user with a verified email and {@link #DEFAULT_PASSWORD}. */
    public String createUser(String username) {
        return createUser(username, username + "@example.com", true);
    }

    public String createUser(String username, @Nullable String email, boolean emailVerified) {
        admin.adminCreateUser((r) -> {
            r.userPoolId(userPoolId).username(username).messageAction(MessageActionType.SUPPRESS);
            if (email != null) {
                r.userAttributes(AttributeType.builder().name("email").value(email).build(),
                        AttributeType.builder().name("email_verified").value(Boolean.toString(emailVerified)).build());
            }
        });
        admin.adminSetUserPassword(
                (r) -> r.userPoolId(userPoolId).username(username).password(DEFAULT_PASSWORD).permanent(true));
        return username;
    }

    /** A user an administrator gave a temporary password (FORCE_CHANGE_PASSWORD). */
    public String createTemporaryUser(String username, String temporaryPassword) {
        admin.adminCreateUser((r) -> r.userPoolId(userPoolId)
            .username(username)
            .temporaryPassword(temporaryPassword)
            .messageAction(MessageActionType.SUPPRESS)
            .userAttributes(AttributeType.builder().name("email").value(username + "@example.com").build(),
                    AttributeType.builder().name("email_verified").value("true").build()));
        return username;
    }

    /** Puts the user in a group, creating the group the first time. */
    public void addToGroup(String username, String group) {
        try {
            admin.createGroup((r) -> r.userPoolId(userPoolId).groupName(group));
        }
        catch (GroupExistsException ex) {
            // made by an earlier test
        }
        admin.adminAddUserToGroup((r) -> r.userPoolId(userPoolId).username(username).groupName(group));
    }

    public boolean emailVerified(String username) {
        return admin.adminGetUser((r) -> r.userPoolId(userPoolId).username(username))
            .userAttributes()
            .stream()
            .anyMatch((a) -> a.name().equals("email_verified") && "true".equals(a.value()));
    }

    public void disable(String username) {
        admin.adminDisableUser((r) -> r.userPoolId(userPoolId).username(username));
    }

    /** From now on every sign-in to this pool needs an authenticator app (MFA on). */
    public void requireAuthenticatorApp() {
        admin.setUserPoolMfaConfig((request) -> request.userPoolId(userPoolId())
            .softwareTokenMfaConfiguration((software) -> software.enabled(true))
            .mfaConfiguration(UserPoolMfaType.ON));
    }

    /** An access token for the user, as another device of theirs would hold. */
    public String accessToken(String username, String password) {
        return admin
            .initiateAuth((r) -> r.clientId(clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(authParameters(username, password)))
            .authenticationResult()
            .accessToken();
    }

    /**
     * A NEW_PASSWORD_REQUIRED session the emulator really issued, for stubs that need
     * one.
     */
    public String newPasswordSession(String username, String temporaryPassword) {
        return admin
            .initiateAuth((r) -> r.clientId(clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(authParameters(username, temporaryPassword)))
            .session();
    }

    public boolean accessTokenWorks(String accessToken) {
        try {
            admin.getUser((r) -> r.accessToken(accessToken));
            return true;
        }
        catch (NotAuthorizedException ex) {
            return false;
        }
    }

    public void adminSetPassword(String username, String password) {
        admin.adminSetUserPassword(
                (r) -> r.userPoolId(userPoolId).username(username).password(password).permanent(true));
    }

    public void adminResetPassword(String username) {
        admin.adminResetUserPassword((r) -> r.userPoolId(userPoolId).username(username));
    }

    private Map<String, String> authParameters(String username, String password) {
        Map<String, String> params = new HashMap<>();
        params.put("USERNAME", username);
        params.put("PASSWORD", password);
        String secret = clientSecret();
        if (secret != null) {
            params.put("SECRET_HASH", SecretHash.of(username, clientId(), secret));
        }
        return params;
    }

    public UserStatusType status(String username) {
        return admin.adminGetUser((r) -> r.userPoolId(userPoolId).username(username)).userStatus();
    }

    /** Whether {@code password} signs {@code username} in with USER_PASSWORD_AUTH. */
    public boolean signsIn(String username, String password) {
        try {
            var response = admin.initiateAuth((r) -> r.clientId(clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(authParameters(username, password)));
            return response.authenticationResult() != null || response.challengeName() != null;
        }
        catch (NotAuthorizedException ex) {
            return false;
        }
    }

}

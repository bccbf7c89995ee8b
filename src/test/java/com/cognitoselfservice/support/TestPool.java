package com.cognitoselfservice.support;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
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
                .requireSymbols(true)))).userPool().id();
        UserPoolClientType client = admin.createUserPoolClient((r) -> r.userPoolId(poolId)
            .clientName(name + "-client")
            .generateSecret(clientWithSecret)
            .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                    ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)).userPoolClient();
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
        admin.adminSetUserPassword((r) -> r.userPoolId(userPoolId)
            .username(username)
            .password(DEFAULT_PASSWORD)
            .permanent(true));
        return username;
    }

    public void adminResetPassword(String username) {
        admin.adminResetUserPassword((r) -> r.userPoolId(userPoolId).username(username));
    }

    public UserStatusType status(String username) {
        return admin.adminGetUser((r) -> r.userPoolId(userPoolId).username(username)).userStatus();
    }

    /** Whether {@code password} signs {@code username} in with USER_PASSWORD_AUTH. */
    public boolean signsIn(String username, String password) {
        try {
            String secret = clientSecret();
            admin.initiateAuth((r) -> {
                r.clientId(clientId()).authFlow(AuthFlowType.USER_PASSWORD_AUTH);
                Map<String, String> params = new HashMap<>();
                params.put("USERNAME", username);
                params.put("PASSWORD", password);
                if (secret != null) {
                    params.put("SECRET_HASH", SecretHash.of(username, clientId(), secret));
                }
                r.authParameters(params);
            });
            return true;
        }
        catch (NotAuthorizedException ex) {
            return false;
        }
    }

}

package com.cognitoselfservice.demo;

import java.net.URI;
import java.util.List;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolDescriptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AlreadyExistsException;

/**
 * The demo's user pool, app client and users, created in the emulator unless a pool of
 * that name is already there (a restarted app finds the pool it made before).
 */
final class DemoSeed {

    static final String POOL_NAME = "demo";

    static final String REGION = "us-east-1";

    static final AwsBasicCredentials CREDENTIALS = AwsBasicCredentials.create("demo", "demo");

    record Pool(String userPoolId, String clientId) {
    }

    /** A demo account: its name, email and the state it is put in. */
    record DemoUser(String username, String email, String password, boolean temporary, boolean resetByAdmin,
            boolean emailVerified, boolean helpdesk) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("alice", "alice@example.com", "Demo-pass-1", false, false, true, false),
            new DemoUser("bob", "bob@example.com", "Temp-pass-1", true, false, true, false),
            new DemoUser("carol", "carol@example.com", "Demo-pass-1", false, true, true, false),
            new DemoUser("dave", "dave@example.com", "Demo-pass-1", false, false, false, false),
            new DemoUser("helen", "helen@example.com", "Helpdesk-pass-1", false, false, true, true));

    static final String HELPDESK_GROUP = "helpdesk";

    /** The demo's sender of password-change notices, verified in the emulator's SES. */
    static final String NOTICE_SENDER = "no-reply@demo.example";

    private DemoSeed() {
    }

    static Pool into(URI endpoint) {
        try (SesV2Client ses = SesV2Client.builder()
            .endpointOverride(endpoint)
            .region(Region.of(REGION))
            .credentialsProvider(StaticCredentialsProvider.create(CREDENTIALS))
            .build()) {
            ses.createEmailIdentity((r) -> r.emailIdentity(NOTICE_SENDER));
        }
        catch (AlreadyExistsException ex) {
            // seeded by an earlier start, or by another instance of a demo fleet
        }
        try (CognitoIdentityProviderClient cognito = CognitoIdentityProviderClient.builder()
            .endpointOverride(endpoint)
            .region(Region.of(REGION))
            .credentialsProvider(StaticCredentialsProvider.create(CREDENTIALS))
            .build()) {
            for (UserPoolDescriptionType pool : cognito.listUserPools((r) -> r.maxResults(60)).userPools()) {
                if (POOL_NAME.equals(pool.name())) {
                    String clientId = cognito.listUserPoolClients((r) -> r.userPoolId(pool.id()))
                        .userPoolClients()
                        .get(0)
                        .clientId();
                    return new Pool(pool.id(), clientId);
                }
            }
            return create(cognito);
        }
    }

    private static Pool create(CognitoIdentityProviderClient cognito) {
        String poolId = cognito.createUserPool((r) -> r.poolName(POOL_NAME)
            .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
            .policies((p) -> p.passwordPolicy((pp) -> pp.minimumLength(10)
                .requireUppercase(true)
                .requireLowercase(true)
                .requireNumbers(true)
                .requireSymbols(true))))
            .userPool()
            .id();
        String clientId = cognito
            .createUserPoolClient((r) -> r.userPoolId(poolId)
                .clientName("demo-web")
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
                        ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
                .preventUserExistenceErrors("ENABLED"))
            .userPoolClient()
            .clientId();
        cognito.createGroup((r) -> r.userPoolId(poolId).groupName(HELPDESK_GROUP));
        for (DemoUser user : USERS) {
            cognito.adminCreateUser((r) -> r.userPoolId(poolId)
                .username(user.username())
                .messageAction(MessageActionType.SUPPRESS)
                .userAttributes(AttributeType.builder().name("email").value(user.email()).build(),
                        AttributeType.builder()
                            .name("email_verified")
                            .value(Boolean.toString(user.emailVerified()))
                            .build()));
            cognito.adminSetUserPassword((r) -> r.userPoolId(poolId)
                .username(user.username())
                .password(user.password())
                .permanent(!user.temporary()));
            if (user.helpdesk()) {
                cognito.adminAddUserToGroup(
                        (r) -> r.userPoolId(poolId).username(user.username()).groupName(HELPDESK_GROUP));
            }
            if (user.resetByAdmin()) {
                cognito.adminResetUserPassword((r) -> r.userPoolId(poolId).username(user.username()));
            }
        }
        return new Pool(poolId, clientId);
    }

}

package com.cognitoselfservice.cognito;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Whether a user signs in through an external provider (status EXTERNAL_PROVIDER) and so
 * has no password here. Only answerable with IAM credentials (AdminGetUser); without them
 * the answer is no.
 */
@Component
class FederatedUsers {

    private final ObjectProvider<CognitoIdentityProviderClient> adminClient;

    private final UserFlowAppClients apps;

    FederatedUsers(@Qualifier("adminCognitoClient") ObjectProvider<CognitoIdentityProviderClient> adminClient,
            UserFlowAppClients apps) {
        this.adminClient = adminClient;
        this.apps = apps;
    }

    private volatile boolean noCredentials;

    boolean isFederated(String username) {
        if (noCredentials) {
            return false;
        }
        try {
            return adminClient.getObject()
                .adminGetUser((request) -> request.userPoolId(apps.current().userPoolId()).username(username))
                .userStatus() == UserStatusType.EXTERNAL_PROVIDER;
        }
        catch (AwsServiceException ex) {
            return false;
        }
        catch (RuntimeException ex) {
            // No credentials (or no way to reach AWS with them): not worth trying on
            // every sign-in.
            noCredentials = true;
            return false;
        }
    }

}

package com.cognitoselfservice.cognito;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import org.springframework.stereotype.Component;

/**
 * Whether a user signs in through an external provider (status EXTERNAL_PROVIDER) and so
 * has no password here. Only answerable with IAM credentials (AdminGetUser); without them
 * the answer is no.
 */
@Component
class FederatedUsers {

    private final AdminClient admin;

    private final UserFlowAppClients apps;

    FederatedUsers(AdminClient admin, UserFlowAppClients apps) {
        this.admin = admin;
        this.apps = apps;
    }

    boolean isFederated(String username) {
        if (!admin.hasCredentials()) {
            return false;
        }
        try {
            return admin.client()
                .adminGetUser((request) -> request.userPoolId(apps.current().userPoolId()).username(username))
                .userStatus() == UserStatusType.EXTERNAL_PROVIDER;
        }
        catch (SdkException ex) {
            return false;
        }
    }

}

package com.cognitoselfservice.cognito;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The SDK client that signs with IAM credentials (the default chain), for the calls the
 * user flows can do without: the console's Admin* operations, the pool's password policy,
 * the start-up check of the app clients and telling federated users apart. Whether
 * credentials can be found is checked once, here, for all of them.
 */
@Component
public class AdminClient {

    private final ObjectProvider<CognitoIdentityProviderClient> client;

    private final AwsCredentialsProvider credentials;

    private volatile @Nullable Boolean credentialsFound;

    AdminClient(@Qualifier("adminCognitoClient") ObjectProvider<CognitoIdentityProviderClient> client,
            AwsCredentialsProvider credentials) {
        this.client = client;
        this.credentials = credentials;
    }

    /** Whether IAM credentials can be found; the user-facing pages work without them. */
    public boolean hasCredentials() {
        Boolean found = credentialsFound;
        if (found == null) {
            try {
                credentials.resolveCredentials();
                found = true;
            }
            catch (RuntimeException ex) {
                found = false;
            }
            credentialsFound = found;
        }
        return found;
    }

    /** The client; only to be used when {@link #hasCredentials()}. */
    CognitoIdentityProviderClient client() {
        return client.getObject();
    }

}

package com.cognitoselfservice.cognito;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * What every public Cognito call shares: the client, SECRET_HASH, ClientMetadata, and
 * turning SDK errors into {@link CognitoFailure}s with one log line that names the
 * operation, never the data.
 */
class CognitoCalls {

    private static final Logger log = LoggerFactory.getLogger(CognitoCalls.class);

    private final CognitoIdentityProviderClient client;

    private final String clientId;

    private final @Nullable String clientSecret;

    private final Map<String, String> metadata;

    CognitoCalls(CognitoIdentityProviderClient client, String clientId, @Nullable String clientSecret,
            Map<String, String> metadata) {
        this.client = client;
        this.clientId = clientId;
        this.clientSecret = (clientSecret == null || clientSecret.isBlank()) ? null : clientSecret;
        this.metadata = metadata;
    }

    CognitoIdentityProviderClient client() {
        return client;
    }

    String clientId() {
        return clientId;
    }

    <T> T call(String operation, Supplier<T> call) {
        try {
            return call.get();
        }
        catch (SdkException ex) {
            CognitoFailure failure = CognitoFailure.of(ex);
            switch (failure.kind()) {
                case MISCONFIGURED -> log.error("{} failed with {}: check the user pool, app client and secret "
                        + "settings (COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID, COGNITO_CLIENT_SECRET) and the pool's "
                        + "email/SMS roles", operation, failure.errorCode());
                case UNAVAILABLE ->
                    log.warn("{} failed: {} ({})", operation, failure.errorCode(), ex.getClass().getSimpleName());
                default -> log.debug("{} failed with {}", operation, failure.errorCode());
            }
            if ("cognito.AuthFlowNotEnabled".equals(failure.messageKey())) {
                log.error("{} failed: the app client {} does not allow USER_PASSWORD_AUTH; enable it in the "
                        + "client's authentication flows", operation, clientId);
            }
            throw failure;
        }
    }

    @Nullable String secretHash(String username) {
        return (clientSecret == null) ? null : SecretHash.of(username, clientId, clientSecret);
    }

    @Nullable Map<String, String> clientMetadata() {
        return metadata.isEmpty() ? null : new HashMap<>(metadata);
    }

}

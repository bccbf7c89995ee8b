package com.cognitoselfservice.cognito;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * What every public Cognito call shares: the client, SECRET_HASH, ClientMetadata, and
 * turning SDK errors into {@link CognitoFailure}s with one log line that names the
 * operation, never the data.
 */
@Component
class CognitoCalls {

    private static final Logger log = LoggerFactory.getLogger(CognitoCalls.class);

    private final CognitoIdentityProviderClient client;

    private final CognitoProperties properties;

    CognitoCalls(@Qualifier("publicCognitoClient") CognitoIdentityProviderClient client, CognitoProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    CognitoIdentityProviderClient client() {
        return client;
    }

    String clientId() {
        return properties.clientId();
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
                        + "client's authentication flows", operation, properties.clientId());
            }
            throw failure;
        }
    }

    @Nullable String secretHash(String username) {
        if (!properties.hasClientSecret()) {
            return null;
        }
        return SecretHash.of(username, properties.clientId(), properties.clientSecret());
    }

    @Nullable Map<String, String> clientMetadata() {
        Map<String, String> metadata = properties.clientMetadataOrEmpty();
        return metadata.isEmpty() ? null : new HashMap<>(metadata);
    }

}

package com.cognitoselfservice.cognito;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Every call the user flows make to Cognito, and the translation of its errors into
 * {@link CognitoFailure}s. Passwords, codes and secrets are passed through, never logged.
 */
@Component
public class CognitoGateway {

    private static final Logger log = LoggerFactory.getLogger(CognitoGateway.class);

    private final CognitoIdentityProviderClient client;

    private final CognitoProperties properties;

    private final SimulatedDelivery simulated = new SimulatedDelivery();

    CognitoGateway(@Qualifier("publicCognitoClient") CognitoIdentityProviderClient client,
            CognitoProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    /**
     * Sends a confirmation code. An unknown, disabled or unreachable account gets a simulated
     * delivery, so the caller cannot tell it from a real one.
     */
    public CodeDelivery forgotPassword(String username) {
        try {
            CodeDeliveryDetailsType details = call("ForgotPassword", () -> client.forgotPassword((request) -> request
                .clientId(properties.clientId())
                .username(username)
                .secretHash(secretHash(username))
                .clientMetadata(clientMetadata()))).codeDeliveryDetails();
            if (details == null || details.destination() == null) {
                return simulated.forUsername(username);
            }
            return new CodeDelivery(details.destination(), details.deliveryMediumAsString());
        }
        catch (CognitoFailure failure) {
            if (failure.kind() == CognitoFailure.Kind.UNKNOWN_USER) {
                log.info("ForgotPassword: {} answered with a simulated delivery", failure.errorCode());
                return simulated.forUsername(username);
            }
            throw failure;
        }
    }

    /** Sets the new password if the code is right; an unknown account fails as a wrong code does. */
    public void confirmForgotPassword(String username, String code, String password) {
        try {
            call("ConfirmForgotPassword", () -> client.confirmForgotPassword((request) -> request
                .clientId(properties.clientId())
                .username(username)
                .confirmationCode(code)
                .password(password)
                .secretHash(secretHash(username))
                .clientMetadata(clientMetadata())));
        }
        catch (CognitoFailure failure) {
            if (failure.kind() == CognitoFailure.Kind.UNKNOWN_USER) {
                throw CognitoFailure.of("CodeMismatchException", "", 400, failure);
            }
            throw failure;
        }
    }

    private <T> T call(String operation, Supplier<T> call) {
        try {
            return call.get();
        }
        catch (SdkException ex) {
            CognitoFailure failure = CognitoFailure.of(ex);
            switch (failure.kind()) {
                case MISCONFIGURED -> log.error("{} failed with {}: check the user pool, app client and secret "
                        + "settings (COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID, COGNITO_CLIENT_SECRET) and the pool's "
                        + "email/SMS roles", operation, failure.errorCode());
                case UNAVAILABLE -> log.warn("{} failed: {} ({})", operation, failure.errorCode(),
                        ex.getClass().getSimpleName());
                default -> log.debug("{} failed with {}", operation, failure.errorCode());
            }
            throw failure;
        }
    }

    private String secretHash(String username) {
        if (!properties.hasClientSecret()) {
            return null;
        }
        return SecretHash.of(username, properties.clientId(), properties.clientSecret());
    }

    private Map<String, String> clientMetadata() {
        Map<String, String> metadata = properties.clientMetadataOrEmpty();
        return metadata.isEmpty() ? null : new HashMap<>(metadata);
    }

}

package com.cognitoselfservice.cognito;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * What every public Cognito call shares: the SDK client for the app client's region, the
 * app client and its SECRET_HASH, ClientMetadata, and turning SDK errors into
 * {@link CognitoFailure}s or {@link CognitoUnavailable} with one log line that names the
 * operation, never the data.
 */
class CognitoCalls {

    private static final Logger log = LoggerFactory.getLogger(CognitoCalls.class);

    private final Function<String, CognitoIdentityProviderClient> clientsByRegion;

    private final Supplier<AppClient> app;

    private final Map<String, String> metadata;

    private final CognitoReachability reachability;

    CognitoCalls(Function<String, CognitoIdentityProviderClient> clientsByRegion, Supplier<AppClient> app,
            Map<String, String> metadata, CognitoReachability reachability) {
        this.clientsByRegion = clientsByRegion;
        this.app = app;
        this.metadata = metadata;
        this.reachability = reachability;
    }

    CognitoIdentityProviderClient client() {
        return clientsByRegion.apply(app.get().region());
    }

    String clientId() {
        return app.get().clientId();
    }

    String userPoolId() {
        return app.get().userPoolId();
    }

    /**
     * Makes the call, timed by operation and outcome ({@code ok}, Cognito's error code,
     * or {@code unavailable}) in {@code reset.cognito.calls}.
     */
    <T> T call(String operation, Supplier<T> call) {
        Timer.Sample sample = Timer.start();
        String outcome = "ok";
        try {
            T answer = call.get();
            reachability.answered();
            return answer;
        }
        catch (SdkException ex) {
            RuntimeException translated = CognitoErrors.of(ex);
            outcome = (translated instanceof CognitoFailure failure) ? failure.errorCode() : "unavailable";
            if (translated instanceof CognitoUnavailable outage && !outage.isMisconfiguration()) {
                reachability.unreachable(outage.errorCode());
            }
            else {
                reachability.answered();
            }
            log(operation, translated, ex);
            throw translated;
        }
        finally {
            sample.stop(Metrics.timer("reset.cognito.calls", "operation", operation, "outcome", outcome));
        }
    }

    private void log(String operation, RuntimeException translated, SdkException ex) {
        if (translated instanceof CognitoUnavailable outage) {
            if (outage.isMisconfiguration()) {
                log.error("{} failed with {}: check the user pool, app client and secret settings "
                        + "(COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID, COGNITO_CLIENT_SECRET) and the pool's "
                        + "email/SMS roles", operation, outage.errorCode());
            }
            else {
                log.warn("{} failed: {} ({})", operation, outage.errorCode(), ex.getClass().getSimpleName());
            }
        }
        else if (translated instanceof CognitoFailure failure) {
            log.debug("{} failed with {}", operation, failure.errorCode());
            if (failure.reason() == CognitoFailure.Reason.AUTH_FLOW_NOT_ENABLED) {
                log.error("{} failed: the app client {} does not allow USER_PASSWORD_AUTH; enable it in the "
                        + "client's authentication flows", operation, clientId());
            }
        }
    }

    @Nullable String secretHash(String username) {
        AppClient current = app.get();
        String secret = current.clientSecret();
        return (secret == null) ? null : SecretHash.of(username, current.clientId(), secret);
    }

    @Nullable Map<String, String> clientMetadata() {
        return metadata.isEmpty() ? null : new HashMap<>(metadata);
    }

}

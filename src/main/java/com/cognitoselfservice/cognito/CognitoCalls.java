package com.cognitoselfservice.cognito;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserContextDataType;

import com.cognitoselfservice.abuse.CognitoBudget;
import com.cognitoselfservice.abuse.CognitoBusy;
import com.cognitoselfservice.cognito.CognitoFailure.Reason;

/**
 * What every public Cognito call shares: the SDK client for the app client's region, the
 * app client and its SECRET_HASH, ClientMetadata, and turning SDK errors into
 * {@link CognitoFailure}s or {@link CognitoUnavailable} with one log line that names the
 * operation, never the data.
 */
class CognitoCalls {

    private static final Logger log = LoggerFactory.getLogger(CognitoCalls.class);

    static final String DEADLINE_PASSED = "RequestDeadlinePassed";

    private static final AwsRequestOverrideConfiguration NO_OVERRIDE = AwsRequestOverrideConfiguration.builder()
        .build();

    private final Function<String, CognitoIdentityProviderClient> clientsByRegion;

    private final Supplier<AppClient> app;

    private final Map<String, String> metadata;

    private final CognitoReachability reachability;

    private final CognitoBudget budget;

    private final CognitoRetries retries;

    private final CognitoBreaker breaker;

    CognitoCalls(Function<String, CognitoIdentityProviderClient> clientsByRegion, Supplier<AppClient> app,
            Map<String, String> metadata, CognitoReachability reachability, CognitoBudget budget,
            CognitoRetries retries, CognitoBreaker breaker) {
        this.clientsByRegion = clientsByRegion;
        this.app = app;
        this.metadata = metadata;
        this.reachability = reachability;
        this.budget = budget;
        this.retries = retries;
        this.breaker = breaker;
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
     * Makes the call within the deployment's Cognito budget, behind the circuit breaker,
     * repeated only where that is harmless ({@link CognitoRetries}), and timed by
     * operation and outcome ({@code ok}, Cognito's error code, {@code unavailable} or
     * {@code circuit-open}) in {@code reset.cognito.calls}.
     * @throws CognitoBusy when the budget for this second is spent
     */
    <T> T call(CognitoOperation operation, Function<AwsRequestOverrideConfiguration, T> call) {
        Timer.Sample sample = Timer.start();
        String outcome = "ok";
        try {
            return breaker.call(() -> attempts(operation, call));
        }
        catch (CognitoFailure failure) {
            outcome = failure.errorCode();
            throw failure;
        }
        catch (CognitoUnavailable outage) {
            outcome = outage.isCircuitOpen() ? "circuit-open" : "unavailable";
            throw outage;
        }
        catch (CognitoBusy busy) {
            outcome = "over-budget";
            throw busy;
        }
        finally {
            sample.stop(Metrics.timer("reset.cognito.calls", "operation", operation.toString(), "outcome", outcome));
        }
    }

    private <T> T attempts(CognitoOperation operation, Function<AwsRequestOverrideConfiguration, T> call) {
        for (int attempt = 1;; attempt++) {
            AwsRequestOverrideConfiguration timeouts = timeoutsLeft();
            budget.take(operation.quota());
            try {
                T answer = call.apply(timeouts);
                reachability.answered();
                return answer;
            }
            catch (SdkException ex) {
                RuntimeException translated = CognitoErrors.of(ex);
                if (retries.mayRepeat(operation, attempt, ex, translated)) {
                    log.debug("{} failed ({}); trying again", operation, ex.getClass().getSimpleName());
                    continue;
                }
                if (translated instanceof CognitoUnavailable outage && !outage.isMisconfiguration()) {
                    reachability.unreachable(outage.errorCode());
                }
                else {
                    reachability.answered();
                }
                if (translated instanceof CognitoFailure failure && failure.reason() == Reason.COGNITO_BUSY) {
                    budget.throttled(operation.quota());
                }
                log(operation, translated, ex);
                throw translated;
            }
        }
    }

    // The attempt may take no longer than what is left of the request's deadline.
    private static AwsRequestOverrideConfiguration timeoutsLeft() {
        Duration left = PersonRequests.left();
        if (left == null) {
            return NO_OVERRIDE;
        }
        if (left.toMillis() < 1) {
            throw new CognitoUnavailable(CognitoFailure.Reason.UNAVAILABLE, DEADLINE_PASSED, null);
        }
        return AwsRequestOverrideConfiguration.builder().apiCallTimeout(left).apiCallAttemptTimeout(left).build();
    }

    private void log(CognitoOperation operation, RuntimeException translated, SdkException ex) {
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
                log.warn(
                        "{} failed: the app client {} does not allow this sign-in flow; allow USER_SRP_AUTH "
                                + "(or USER_PASSWORD_AUTH) in the client's authentication flows",
                        operation, clientId());
            }
        }
    }

    @Nullable String secretHash(String username) {
        AppClient current = app.get();
        String secret = current.clientSecret();
        return (secret == null) ? null : SecretHash.of(username, current.clientId(), secret);
    }

    /**
     * The person's address for Cognito's threat protection: only an app client with a
     * secret can be allowed to pass it on
     * ({@code EnablePropagateAdditionalUserContextData}).
     */
    @Nullable UserContextDataType userContext() {
        return (app.get().clientSecret() != null) ? PersonRequests.context() : null;
    }

    @Nullable Map<String, String> clientMetadata() {
        return metadata.isEmpty() ? null : new HashMap<>(metadata);
    }

}

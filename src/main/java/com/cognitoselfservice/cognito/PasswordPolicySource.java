package com.cognitoselfservice.cognito;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;

import org.springframework.stereotype.Component;

/**
 * The password policy of the current product's pool: read with DescribeUserPool when the
 * app has IAM credentials, else taken from configuration, else Cognito's default. A pool
 * read is kept for ten minutes.
 */
@Component
public class PasswordPolicySource {

    private static final Logger log = LoggerFactory.getLogger(PasswordPolicySource.class);

    private static final Duration KEEP = Duration.ofMinutes(10);

    private final AdminClient admin;

    private final CognitoProperties properties;

    private final UserFlowAppClients apps;

    private final Clock clock;

    private final Map<String, Reading> readings = new ConcurrentHashMap<>();

    private volatile boolean poolsUnreadable;

    PasswordPolicySource(AdminClient admin, CognitoProperties properties, UserFlowAppClients apps, Clock clock) {
        this.admin = admin;
        this.properties = properties;
        this.apps = apps;
        this.clock = clock;
    }

    public PasswordPolicy current() {
        Instant now = clock.instant();
        String userPoolId = apps.current().userPoolId();
        Reading reading = readings.get(userPoolId);
        if (reading != null && reading.readAt().plus(KEEP).isAfter(now)) {
            return reading.policy();
        }
        PasswordPolicy policy = (poolsUnreadable || !admin.hasCredentials()) ? null : readFromPool(userPoolId);
        if (policy == null) {
            policy = fromConfiguration();
        }
        readings.put(userPoolId, new Reading(policy, now));
        return policy;
    }

    private PasswordPolicy readFromPool(String userPoolId) {
        try {
            PasswordPolicyType type = admin.client()
                .describeUserPool(DescribeUserPoolRequest.builder().userPoolId(userPoolId).build())
                .userPool()
                .policies()
                .passwordPolicy();
            return new PasswordPolicy(type.minimumLength(), Boolean.TRUE.equals(type.requireUppercase()),
                    Boolean.TRUE.equals(type.requireLowercase()), Boolean.TRUE.equals(type.requireNumbers()),
                    Boolean.TRUE.equals(type.requireSymbols()),
                    (type.passwordHistorySize() != null) ? type.passwordHistorySize() : 0);
        }
        catch (RuntimeException ex) {
            poolsUnreadable = true;
            log.info("Password policy not read from the pool ({}); using the configured or default policy",
                    ex.getClass().getSimpleName());
            return null;
        }
    }

    private PasswordPolicy fromConfiguration() {
        CognitoProperties.PasswordPolicySettings settings = properties.passwordPolicy();
        if (settings == null || !settings.isConfigured()) {
            return PasswordPolicy.COGNITO_DEFAULT;
        }
        PasswordPolicy fallback = PasswordPolicy.COGNITO_DEFAULT;
        return new PasswordPolicy(orElse(settings.minimumLength(), fallback.minimumLength()),
                orElse(settings.requireUppercase(), fallback.requireUppercase()),
                orElse(settings.requireLowercase(), fallback.requireLowercase()),
                orElse(settings.requireNumbers(), fallback.requireNumbers()),
                orElse(settings.requireSymbols(), fallback.requireSymbols()));
    }

    private static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private record Reading(PasswordPolicy policy, Instant readAt) {
    }

}

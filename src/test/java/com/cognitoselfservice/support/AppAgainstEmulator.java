package com.cognitoselfservice.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Points the app at the stub in front of the emulator and at one pool, with timeouts and
 * retries small enough that failure tests are quick and count one request per call.
 */
public final class AppAgainstEmulator {

    private AppAgainstEmulator() {
    }

    public static Map<String, Object> settings(TestPool pool, boolean withSecret) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("cognito.endpoint", AwsStub.shared().endpoint().toString());
        settings.put("cognito.user-pool-id", pool.userPoolId());
        settings.put("cognito.client-id", pool.clientId());
        if (withSecret) {
            settings.put("cognito.client-secret", pool.clientSecret());
        }
        settings.put("cognito.max-attempts", "1");
        settings.put("cognito.api-call-attempt-timeout", "1500ms");
        settings.put("cognito.api-call-timeout", "3s");
        settings.put("reset.forgot-password-minimum-duration", "50ms");
        settings.put("reset.allowed-return-urls", "https://app.example/login");
        // Every test request comes from 127.0.0.1: the per-IP limits are unit-tested
        // instead.
        settings.put("reset.limits.code-sends-per-ip", "100000");
        settings.put("reset.limits.confirms-per-ip", "100000");
        settings.put("reset.limits.sign-ins-per-ip", "100000");
        settings.put("reset.limits.console-sign-ins-per-ip", "100000");
        settings.put("reset.limits.session-starts-per-ip", "100000");
        settings.put("reset.sessions.per-address", "100000");
        settings.put("reset.limits.password-help-per-ip-per-minute", "100000");
        // Tests make Cognito calls faster than the deployment's budget allows; the budget
        // has tests of its own.
        settings.put("reset.cognito-budget.account-recovery", "100000");
        settings.put("reset.cognito-budget.sign-in", "100000");
        // moto answers USER_SRP_AUTH without checking the claim, so a wrong password
        // would
        // pass: sign-in tests use the password flow, and the SRP tests put a verifier in
        // the stub and choose SRP themselves.
        settings.put("cognito.sign-in-flow", "password");
        return settings;
    }

}

package com.cognitoselfservice.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points the app at the stub in front of the emulator and at one pool, with timeouts and
 * retries small enough that failure tests are quick and count one request per call.
 */
public final class AppAgainstEmulator {

    private AppAgainstEmulator() {
    }

    public static void register(DynamicPropertyRegistry registry, TestPool pool, boolean withSecret) {
        registry.add("cognito.endpoint", () -> AwsStub.shared().endpoint().toString());
        registry.add("cognito.user-pool-id", pool::userPoolId);
        registry.add("cognito.client-id", pool::clientId);
        if (withSecret) {
            registry.add("cognito.client-secret", pool::clientSecret);
        }
        registry.add("cognito.max-attempts", () -> "1");
        registry.add("cognito.api-call-attempt-timeout", () -> "1500ms");
        registry.add("cognito.api-call-timeout", () -> "3s");
        registry.add("reset.forgot-password-minimum-duration", () -> "50ms");
        registry.add("reset.allowed-return-urls", () -> "https://app.example/login");
        // Every test request comes from 127.0.0.1: the per-IP limits are unit-tested
        // instead.
        registry.add("reset.limits.code-sends-per-ip", () -> "100000");
        registry.add("reset.limits.confirms-per-ip", () -> "100000");
        registry.add("reset.limits.sign-ins-per-ip", () -> "100000");
    }

}

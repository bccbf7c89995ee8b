package com.cognitoselfservice.demo;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Demo mode ({@code --spring.profiles.active=demo}): starts the Cognito emulator unless
 * {@code COGNITO_ENDPOINT} names one, seeds the demo pool and points the app at it,
 * before the settings are bound and validated.
 */
public class DemoEnvironment implements EnvironmentPostProcessor {

    static final String PROFILE = "demo";

    private final Log log;

    public DemoEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(DemoEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.matchesProfiles(PROFILE)) {
            return;
        }
        String configured = environment.getProperty("cognito.endpoint");
        URI endpoint = (configured == null || configured.isBlank()) ? EmbeddedEmulator.start() : URI.create(configured);
        DemoSeed.Pool pool = DemoSeed.into(endpoint);
        Map<String, Object> demo = new LinkedHashMap<>();
        demo.put("cognito.endpoint", endpoint.toString());
        demo.put("cognito.user-pool-id", pool.userPoolId());
        demo.put("cognito.client-id", pool.clientId());
        demo.put("cognito.region", DemoSeed.REGION);
        if (environment.getProperty("reset.notify.from", "").isBlank()) {
            demo.put("reset.notify.from", DemoSeed.NOTICE_SENDER);
        }
        if (environment.getProperty("reset.public-url", "").isBlank()) {
            demo.put("reset.public-url", "http://localhost:" + environment.getProperty("server.port", "8080"));
        }
        environment.getPropertySources().addFirst(new MapPropertySource("demo", demo));
        log.info("Demo mode: Cognito emulator at " + endpoint + ", user pool " + pool.userPoolId());
        for (DemoSeed.DemoUser user : DemoSeed.USERS) {
            log.info("Demo user " + user.username() + " <" + user.email() + ">"
                    + (user.resetByAdmin() ? " (reset by an administrator)" : "")
                    + (user.temporary() ? " (temporary password, must choose a new one)" : "")
                    + (user.emailVerified() ? "" : " (email not verified)")
                    + (user.helpdesk() ? " (helpdesk, can use /admin)" : ""));
        }
    }

}

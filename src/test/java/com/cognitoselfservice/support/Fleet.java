package com.cognitoselfservice.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.cognitoselfservice.Application;

/**
 * Instances of the app in the {@code redis} profile, each on ports of its own, all on one
 * Redis and one pool, with the deployment's key and one clock the test moves: a fleet
 * behind a load balancer, in one JVM.
 */
public final class Fleet {

    /** A deployment key for the tests (32 bytes, base64). */
    public static final String SESSION_KEY = "q3J1c2V0LXRlc3Qta2V5LTAxMjM0NTY3ODlhYmNkZWY=";

    /** The clock every instance of the fleet reads. */
    public static final TestClock CLOCK = new TestClock();

    private Fleet() {
    }

    public static Map<String, Object> settings(TestPool pool, RedisServer redis) {
        Map<String, Object> settings = new LinkedHashMap<>(AppAgainstEmulator.settings(pool, false));
        settings.putAll(redis.settings());
        settings.put("reset.session-key", SESSION_KEY);
        settings.put("admin.enabled", "true");
        // The fleet's limits and budget are tested as such; FleetProofOfWorkIT turns it
        // on.
        settings.put("reset.proof-of-work.enabled", "false");
        return settings;
    }

    public static ConfigurableApplicationContext instance(Map<String, Object> settings) {
        return new SpringApplicationBuilder(Application.class, SharedClock.class).profiles("redis")
            .properties(settings)
            .run("--server.port=0", "--management.server.port=0");
    }

    public static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port", "0"));
    }

    public static int managementPort(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getProperty("local.management.port", "0"));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class SharedClock {

        @Bean
        @Primary
        TestClock fleetClock() {
            return CLOCK;
        }

    }

}

package com.cognitoselfservice.session;

import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;

/**
 * Flow state lives in server-side sessions: in memory by default, for one instance; in
 * Redis with the {@code redis} profile ({@link RedisSessionConfiguration}). Their number
 * is bounded by {@link Sessions} as they start.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionConfiguration {

    @Bean
    MeterBinder sessionsOpen(SessionQuota quota) {
        return (registry) -> {
            for (SessionKind kind : SessionKind.values()) {
                Gauge.builder("reset.sessions.open", quota, (held) -> held.count(kind))
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .register(registry);
            }
        };
    }

    /** Sessions in this process's memory; idle ones are removed every minute. */
    @Configuration(proxyBeanMethods = false)
    @Profile("!redis")
    @EnableScheduling
    static class InMemory {

        private final LiveSessions sessions = new LiveSessions();

        @Bean
        InMemorySessions sessionRepository(SessionProperties properties) {
            return new InMemorySessions(sessions, properties.idleTimeout());
        }

        @Bean
        LiveSessions liveSessions() {
            return sessions;
        }

        @Scheduled(fixedDelayString = "PT1M")
        void removeExpiredSessions() {
            sessions.removeExpired();
        }

    }

}

package com.cognitoselfservice.session;

import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;

/**
 * Flow state lives in server-side sessions, in memory by default. Their number is bounded
 * by {@link Sessions} as they start, and idle ones are removed every minute.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
@EnableScheduling
class SessionConfiguration {

    private final LiveSessions sessions = new LiveSessions();

    @Bean
    MapSessionRepository sessionRepository(SessionProperties properties) {
        MapSessionRepository repository = new MapSessionRepository(sessions);
        repository.setDefaultMaxInactiveInterval(properties.idleTimeout());
        return repository;
    }

    @Bean
    LiveSessions liveSessions(ObjectProvider<MeterRegistry> meters) {
        meters.ifAvailable((registry) -> {
            for (SessionKind kind : SessionKind.values()) {
                Gauge.builder("reset.sessions.open", sessions, (live) -> live.count(kind))
                    .tag("kind", kind.name().toLowerCase(Locale.ROOT))
                    .register(registry);
            }
        });
        return sessions;
    }

    @Scheduled(fixedDelayString = "PT1M")
    void removeExpiredSessions() {
        sessions.removeExpired();
    }

    int size() {
        return sessions.size();
    }

}

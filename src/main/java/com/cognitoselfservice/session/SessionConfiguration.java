package com.cognitoselfservice.session;

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
    LiveSessions liveSessions() {
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

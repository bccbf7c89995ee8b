package com.cognitoselfservice.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;

/**
 * Flow state lives in server-side sessions, in memory by default. Their number is bounded
 * by {@link Sessions} as they start, and idle ones are removed every minute.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
@EnableScheduling
class SessionConfiguration {

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    @Bean
    MapSessionRepository sessionRepository(SessionProperties properties) {
        MapSessionRepository repository = new MapSessionRepository(sessions);
        repository.setDefaultMaxInactiveInterval(properties.idleTimeout());
        return repository;
    }

    @Bean
    LiveSessions liveSessions() {
        return new LiveSessions(sessions);
    }

    @Scheduled(fixedDelayString = "PT1M")
    void removeExpiredSessions() {
        sessions.values().removeIf(Session::isExpired);
    }

    int size() {
        return sessions.size();
    }

}

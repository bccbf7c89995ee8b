package com.cognitoselfservice.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;

/**
 * Flow state lives in server-side sessions, in memory by default. Their number is bounded
 * (the least recently used one goes first) and idle ones are removed every minute.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
@EnableScheduling
class SessionConfiguration {

    private final Map<String, Session> sessions;

    SessionConfiguration(SessionProperties properties) {
        this.sessions = Collections.synchronizedMap(new BoundedMap(properties.maximum()));
    }

    @Bean
    MapSessionRepository sessionRepository(SessionProperties properties) {
        MapSessionRepository repository = new MapSessionRepository(sessions);
        repository.setDefaultMaxInactiveInterval(properties.idleTimeout());
        return repository;
    }

    @Scheduled(fixedDelayString = "PT1M")
    void removeExpiredSessions() {
        synchronized (sessions) {
            sessions.values().removeIf(Session::isExpired);
        }
    }

    int size() {
        return sessions.size();
    }

    private static final class BoundedMap extends LinkedHashMap<String, Session> {

        private final int maximum;

        BoundedMap(int maximum) {
            super(16, 0.75f, true);
            this.maximum = maximum;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
            return size() > maximum;
        }

    }

}

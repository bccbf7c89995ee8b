package com.cognitoselfservice.session;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Starting sessions, for controller slices (which use servlet sessions, not Spring
 * Session's store). Imported, not scanned: the app has its own {@code liveSessions}.
 */
@EnableConfigurationProperties(SessionProperties.class)
@Import(Sessions.class)
public class SessionsInSlices {

    @Bean
    LiveSessions liveSessions() {
        return new LiveSessions();
    }

}

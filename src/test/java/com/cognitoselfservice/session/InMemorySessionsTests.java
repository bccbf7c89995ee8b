package com.cognitoselfservice.session;

import java.time.Duration;

import org.springframework.session.SessionRepository;

class InMemorySessionsTests extends SessionStoreContract {

    final InMemorySessions sessions = new InMemorySessions(new LiveSessions(), Duration.ofMinutes(15));

    @Override
    SessionRepository<ChangedSession> store() {
        return sessions;
    }

}

package com.cognitoselfservice.session;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Sessions in this process's memory, for one instance. A save writes what its request
 * changed over the session as held by then ({@link ChangedSession}); a session that ended
 * meanwhile (signed out, or ended to make room) stays ended.
 */
final class InMemorySessions implements SessionRepository<ChangedSession> {

    private final LiveSessions sessions;

    private final Duration idleTimeout;

    InMemorySessions(LiveSessions sessions, Duration idleTimeout) {
        this.sessions = sessions;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public ChangedSession createSession() {
        return ChangedSession.started(idleTimeout);
    }

    @Override
    public void save(ChangedSession session) {
        String id = session.getId();
        String stored = session.storedAs();
        if (stored == null) {
            sessions.put(id, session.whole());
        }
        else if (!stored.equals(id)) {
            Session before = sessions.remove(stored);
            if (before == null) {
                return;
            }
            sessions.put(id, session.over(before));
        }
        else if (!sessions.update(id, session::over)) {
            return;
        }
        session.saved(id);
    }

    @Override
    public @Nullable ChangedSession findById(String id) {
        Session stored = sessions.get(id);
        if (stored == null) {
            return null;
        }
        if (stored.isExpired()) {
            sessions.remove(id);
            return null;
        }
        return ChangedSession.read(new MapSession(stored), id);
    }

    @Override
    public void deleteById(String id) {
        sessions.remove(id);
    }

}

package com.cognitoselfservice.session;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.session.Session;

/**
 * The sessions held in memory, as the admission of a new one sees them: how many an
 * address holds, and the least recently used of a kind, which gives way when that kind is
 * full.
 */
class LiveSessions {

    static final String KIND = "sessionKind";

    static final String ADDRESS = "clientAddress";

    private final Map<String, Session> sessions;

    LiveSessions(Map<String, Session> sessions) {
        this.sessions = sessions;
    }

    /** Open flows and sign-ins from this address, but the session it already has. */
    long openFrom(String address, @Nullable String ownSessionId) {
        return sessions.values()
            .stream()
            .filter((session) -> !session.isExpired() && !session.getId().equals(ownSessionId))
            .filter((session) -> address.equals(session.getAttribute(ADDRESS)))
            .filter((session) -> !SessionKind.CONSOLE.name().equals(session.getAttribute(KIND)))
            .count();
    }

    /**
     * Makes room for one more session of a kind by ending its least recently used one.
     */
    void makeRoomFor(SessionKind kind, int maximum) {
        while (count(kind) >= maximum) {
            sessions.values()
                .stream()
                .filter((session) -> kind.name().equals(session.getAttribute(KIND)))
                .min(Comparator.comparing(Session::getLastAccessedTime))
                .ifPresent((oldest) -> sessions.remove(oldest.getId()));
        }
    }

    private long count(SessionKind kind) {
        return sessions.values()
            .stream()
            .filter((session) -> Objects.equals(kind.name(), session.getAttribute(KIND)))
            .count();
    }

}

package com.cognitoselfservice.session;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LiveSessionsTests {

    final LiveSessions live = new LiveSessions();

    final InMemorySessions repository = new InMemorySessions(live, Duration.ofMinutes(15));

    @Test
    void countsWhatAnAddressHoldsAsSessionsAreSavedRenamedAndRemoved() {
        ChangedSession first = save(SessionKind.FLOW, "203.0.113.7", Instant.now());
        ChangedSession second = save(SessionKind.CHALLENGE, "203.0.113.7", Instant.now());
        save(SessionKind.FLOW, "198.51.100.1", Instant.now());
        save(SessionKind.CONSOLE, "203.0.113.7", Instant.now());

        assertThat(live.openFrom("203.0.113.7", null)).isEqualTo(2);
        assertThat(live.openFrom("203.0.113.7", first.getId())).isEqualTo(1);

        String before = second.getId();
        second.changeSessionId();
        repository.save(second);
        assertThat(live.get(before)).isNull();
        assertThat(live.openFrom("203.0.113.7", null)).isEqualTo(2);

        repository.deleteById(first.getId());
        assertThat(live.openFrom("203.0.113.7", null)).isEqualTo(1);
    }

    @Test
    void expiredSessionsNoLongerCountAndAreRemoved() {
        ChangedSession stale = save(SessionKind.FLOW, "203.0.113.7", Instant.now().minus(Duration.ofHours(1)));

        assertThat(live.openFrom("203.0.113.7", null)).isZero();
        live.removeExpired();
        assertThat(live.get(stale.getId())).isNull();
        assertThat(live).isEmpty();
    }

    @Test
    void aFullKindEndsItsLeastRecentlyUsedSessionsAndNoOtherKinds() {
        Instant now = Instant.now();
        ChangedSession oldest = save(SessionKind.FLOW, "203.0.113.1", now.minusSeconds(30));
        ChangedSession used = save(SessionKind.FLOW, "203.0.113.2", now.minusSeconds(20));
        ChangedSession newest = save(SessionKind.FLOW, "203.0.113.3", now.minusSeconds(10));
        ChangedSession console = save(SessionKind.CONSOLE, "203.0.113.4", now.minusSeconds(60));
        used.setLastAccessedTime(now);
        repository.save(used);

        live.makeRoomFor(SessionKind.FLOW, 3);

        assertThat(live).containsOnlyKeys(used.getId(), newest.getId(), console.getId());
        assertThat(live.get(oldest.getId())).isNull();
        live.makeRoomFor(SessionKind.FLOW, 2);
        assertThat(live).containsOnlyKeys(used.getId(), console.getId());
    }

    private ChangedSession save(SessionKind kind, String address, Instant lastAccessed) {
        ChangedSession session = repository.createSession();
        session.setAttribute(LiveSessions.KIND, kind.name());
        session.setAttribute(LiveSessions.ADDRESS, address);
        session.setLastAccessedTime(lastAccessed);
        repository.save(session);
        return session;
    }

}

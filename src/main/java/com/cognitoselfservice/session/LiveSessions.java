package com.cognitoselfservice.session;

import java.time.Instant;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import org.springframework.session.Session;

/**
 * The sessions held in memory (the map the session repository stores them in), with what
 * the admission of a new one asks kept up to date as they are saved and removed: which
 * sessions an address holds, and how many of each kind there are, least recently used
 * first. So starting a flow costs the same with ten thousand sessions open as with none.
 */
class LiveSessions extends AbstractMap<String, Session> implements SessionQuota {

    static final String KIND = "sessionKind";

    static final String ADDRESS = "clientAddress";

    private static final Comparator<Used> LEAST_RECENT_FIRST = Comparator.comparing(Used::at).thenComparing(Used::id);

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    private final Map<String, Set<String>> byAddress = new ConcurrentHashMap<>();

    private final Map<SessionKind, NavigableSet<Used>> byKind = new EnumMap<>(SessionKind.class);

    private final Map<SessionKind, AtomicInteger> counts = new EnumMap<>(SessionKind.class);

    LiveSessions() {
        for (SessionKind kind : SessionKind.values()) {
            byKind.put(kind, new ConcurrentSkipListSet<>(LEAST_RECENT_FIRST));
            counts.put(kind, new AtomicInteger());
        }
    }

    private record Used(Instant at, String id) {
    }

    @Override
    public long openFrom(String address, @Nullable String ownSessionId) {
        return byAddress.getOrDefault(address, Set.of())
            .stream()
            .filter((id) -> !id.equals(ownSessionId))
            .map(sessions::get)
            .filter((session) -> session != null && !session.isExpired())
            .count();
    }

    @Override
    public void makeRoomFor(SessionKind kind, int maximum) {
        NavigableSet<Used> used = byKind.get(kind);
        while (counts.get(kind).get() >= maximum) {
            Iterator<Used> leastRecent = used.iterator();
            if (!leastRecent.hasNext()) {
                return;
            }
            Used oldest = leastRecent.next();
            if (remove(oldest.id()) == null && used.remove(oldest)) {
                counts.get(kind).decrementAndGet();
            }
        }
    }

    @Override
    public long count(SessionKind kind) {
        return counts.get(kind).get();
    }

    void removeExpired() {
        sessions.forEach((id, session) -> {
            if (session.isExpired()) {
                remove(id);
            }
        });
    }

    @Override
    public @Nullable Session get(Object id) {
        return sessions.get(id);
    }

    @Override
    public @Nullable Session put(String id, Session session) {
        Session[] previous = new Session[1];
        sessions.compute(id, (key, old) -> {
            previous[0] = old;
            forget(id, old);
            remember(id, session);
            return session;
        });
        return previous[0];
    }

    /**
     * Replaces a held session with what {@code change} makes of it, in one step; nothing
     * when the session is no longer held.
     * @return whether it was held
     */
    boolean update(String id, UnaryOperator<Session> change) {
        return sessions.computeIfPresent(id, (key, old) -> {
            forget(key, old);
            Session changed = change.apply(old);
            remember(key, changed);
            return changed;
        }) != null;
    }

    @Override
    public @Nullable Session remove(Object id) {
        Session[] removed = new Session[1];
        sessions.computeIfPresent((String) id, (key, old) -> {
            removed[0] = old;
            forget(key, old);
            return null;
        });
        return removed[0];
    }

    @Override
    public int size() {
        return sessions.size();
    }

    @Override
    public Set<Entry<String, Session>> entrySet() {
        return Collections.unmodifiableMap(sessions).entrySet();
    }

    private void remember(String id, Session session) {
        SessionKind kind = kindOf(session);
        if (kind == null) {
            return;
        }
        if (byKind.get(kind).add(new Used(session.getLastAccessedTime(), id))) {
            counts.get(kind).incrementAndGet();
        }
        String address = session.getAttribute(ADDRESS);
        if (address != null && kind != SessionKind.CONSOLE) {
            byAddress.compute(address, (key, ids) -> {
                Set<String> held = (ids != null) ? ids : ConcurrentHashMap.newKeySet();
                held.add(id);
                return held;
            });
        }
    }

    private void forget(String id, @Nullable Session session) {
        SessionKind kind = (session != null) ? kindOf(session) : null;
        if (kind == null) {
            return;
        }
        if (byKind.get(kind).remove(new Used(session.getLastAccessedTime(), id))) {
            counts.get(kind).decrementAndGet();
        }
        String address = session.getAttribute(ADDRESS);
        if (address != null) {
            byAddress.computeIfPresent(address, (key, ids) -> {
                ids.remove(id);
                return ids.isEmpty() ? null : ids;
            });
        }
    }

    private static @Nullable SessionKind kindOf(Session session) {
        String kind = session.getAttribute(KIND);
        return (kind != null) ? SessionKind.valueOf(kind) : null;
    }

}

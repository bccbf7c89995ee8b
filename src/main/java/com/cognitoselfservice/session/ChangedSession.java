package com.cognitoselfservice.session;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.session.MapSession;
import org.springframework.session.Session;

/**
 * A session as one request sees it, noting what the request changed, so that saving it
 * writes only those changes over what the store holds by then. A person's requests often
 * overlap (a form sent while its live password help is still answering): saving the whole
 * session as one request read it would undo what the other one did, such as the end of a
 * flow, and the done page would not know the flow ended.
 */
final class ChangedSession implements Session {

    private final MapSession session;

    private final Set<String> changed = new HashSet<>();

    private @Nullable String storedAs;

    private ChangedSession(MapSession session, @Nullable String storedAs) {
        this.session = session;
        this.storedAs = storedAs;
    }

    /** A session this request starts: nothing of it is stored yet. */
    static ChangedSession started(Duration idleTimeout) {
        MapSession session = new MapSession();
        session.setMaxInactiveInterval(idleTimeout);
        return new ChangedSession(session, null);
    }

    /**
     * A stored session as read; {@code storedAs} is where the store keeps it (its id, or
     * the store's key).
     */
    static ChangedSession read(MapSession session, String storedAs) {
        return new ChangedSession(session, storedAs);
    }

    /** Where the store keeps the session as it was read; none for a new session. */
    @Nullable String storedAs() {
        return storedAs;
    }

    /** The names of the attributes this request set or removed since the last save. */
    Set<String> changedAttributes() {
        return Set.copyOf(changed);
    }

    /**
     * Marks what was saved as stored, so that the next save writes only later changes.
     */
    void saved(String storedAs) {
        this.storedAs = storedAs;
        changed.clear();
    }

    /**
     * The session as it is stored after this request's changes are written over
     * {@code stored}, the store's version by now: the other attributes stay as the store
     * has them.
     */
    MapSession over(Session stored) {
        MapSession merged = new MapSession(getId());
        merged.setCreationTime(stored.getCreationTime());
        for (String name : stored.getAttributeNames()) {
            merged.setAttribute(name, stored.getAttribute(name));
        }
        for (String name : changed) {
            merged.setAttribute(name, session.getAttribute(name));
        }
        Instant accessed = session.getLastAccessedTime();
        merged.setLastAccessedTime(
                accessed.isAfter(stored.getLastAccessedTime()) ? accessed : stored.getLastAccessedTime());
        merged.setMaxInactiveInterval(session.getMaxInactiveInterval());
        return merged;
    }

    /** The whole session as this request sees it. */
    MapSession whole() {
        return new MapSession(session);
    }

    @Override
    public String getId() {
        return session.getId();
    }

    @Override
    public String changeSessionId() {
        return session.changeSessionId();
    }

    @Override
    public <T> @Nullable T getAttribute(String name) {
        return session.getAttribute(name);
    }

    @Override
    public Set<String> getAttributeNames() {
        return session.getAttributeNames();
    }

    @Override
    public void setAttribute(String name, @Nullable Object value) {
        session.setAttribute(name, value);
        changed.add(name);
    }

    @Override
    public void removeAttribute(String name) {
        session.removeAttribute(name);
        changed.add(name);
    }

    @Override
    public Instant getCreationTime() {
        return session.getCreationTime();
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        session.setLastAccessedTime(lastAccessedTime);
    }

    @Override
    public Instant getLastAccessedTime() {
        return session.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        session.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return session.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
        return session.isExpired();
    }

}

package com.cognitoselfservice.session;

import org.jspecify.annotations.Nullable;

/**
 * What the admission of a new session asks of the store the sessions live in: how many an
 * address holds, and room for one more of a kind.
 */
interface SessionQuota {

    /** Open flows and sign-ins from this address, but the session it already has. */
    long openFrom(String address, @Nullable String ownSessionId);

    /**
     * Makes room for one more session of a kind by ending its least recently used ones.
     */
    void makeRoomFor(SessionKind kind, int maximum);

    /**
     * How many sessions of a kind are held, for the {@code reset.sessions.open} gauge.
     */
    long count(SessionKind kind);

}

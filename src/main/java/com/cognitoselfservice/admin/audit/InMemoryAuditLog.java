package com.cognitoselfservice.admin.audit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Keeps the last thousand helpdesk actions and the last thousand console sign-ins in
 * memory, and writes every entry as one JSON line to the {@code audit} logger, which is
 * what survives a restart.
 */
@Component
@Profile("!redis")
class InMemoryAuditLog implements AuditLog {

    private static final Logger audit = LoggerFactory.getLogger("audit");

    private static final int KEPT = 1000;

    private final Deque<AuditEntry> actions = new ArrayDeque<>();

    private final Deque<AuditEntry> signIns = new ArrayDeque<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        audit.info(entry.toJson());
        Deque<AuditEntry> entries = entry.isHelpdeskAction() ? actions : signIns;
        entries.addFirst(entry);
        while (entries.size() > KEPT) {
            entries.removeLast();
        }
    }

    @Override
    public synchronized List<AuditEntry> recentActions(int limit) {
        return actions.stream().limit(limit).toList();
    }

    @Override
    public synchronized List<AuditEntry> recentSignIns(int limit) {
        return signIns.stream().limit(limit).toList();
    }

}

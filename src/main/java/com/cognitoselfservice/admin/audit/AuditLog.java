package com.cognitoselfservice.admin.audit;

import java.util.List;

/**
 * Where helpdesk actions and console sign-ins are recorded, each kept apart so that
 * sign-in attempts anyone can make never push a helpdesk action out of sight. In memory
 * by default; in Redis, sealed, for a fleet.
 */
public interface AuditLog {

    void record(AuditEntry entry);

    /** The latest helpdesk actions, newest first. */
    List<AuditEntry> recentActions(int limit);

    /** The latest console sign-in attempts, newest first. */
    List<AuditEntry> recentSignIns(int limit);

}

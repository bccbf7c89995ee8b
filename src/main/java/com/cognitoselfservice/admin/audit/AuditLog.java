package com.cognitoselfservice.admin.audit;

import java.util.List;

/**
 * Where helpdesk actions are recorded. In memory by default; a durable store can
 * implement this.
 */
public interface AuditLog {

    void record(AuditEntry entry);

    /** The latest entries, newest first. */
    List<AuditEntry> recent(int limit);

}

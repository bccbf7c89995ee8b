/**
 * The audit log of helpdesk actions: one JSON log line each, and a bounded list for
 * {@code /admin/audit}.
 */
@NullMarked
package com.cognitoselfservice.helpdesk.audit;

import org.jspecify.annotations.NullMarked;

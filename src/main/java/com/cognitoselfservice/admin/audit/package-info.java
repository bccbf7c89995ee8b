/**
 * The audit log of admin console actions: one JSON log line each, and a bounded list for
 * {@code /admin/audit}.
 */
@NullMarked
package com.cognitoselfservice.admin.audit;

import org.jspecify.annotations.NullMarked;

package com.cognitoselfservice.admin.audit;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryTests {

    @Test
    void isOneLineOfJsonEvenForHostileNames() {
        AuditEntry entry = new AuditEntry(Instant.parse("2026-01-01T10:00:00Z"), "helen", "require-password-reset",
                "a\"b\\c\n<script>", "success", "10.0.0.1");

        assertThat(entry.toJson()).isEqualTo("{\"time\":\"2026-01-01T10:00:00Z\",\"actor\":\"helen\","
                + "\"action\":\"require-password-reset\",\"target\":\"a\\\"b\\\\c\\u000a\\u003cscript\\u003e\","
                + "\"outcome\":\"success\",\"clientIp\":\"10.0.0.1\"}");
    }

}

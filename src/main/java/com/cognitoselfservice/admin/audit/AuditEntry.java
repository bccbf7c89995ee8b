package com.cognitoselfservice.admin.audit;

import java.time.Instant;

/**
 * One helpdesk action: who, what, on whom, how it ended, when and from where. Never a
 * password.
 */
public record AuditEntry(Instant time, String actor, String action, String target, String outcome, String clientIp) {

    /** The entry as one JSON object, for log shippers. */
    public String toJson() {
        return "{\"time\":\"" + time + "\",\"actor\":" + quote(actor) + ",\"action\":" + quote(action) + ",\"target\":"
                + quote(target) + ",\"outcome\":" + quote(outcome) + ",\"clientIp\":" + quote(clientIp) + "}";
    }

    private static String quote(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        json.append(String.format("\\u%04x", (int) c));
                    }
                    else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

}

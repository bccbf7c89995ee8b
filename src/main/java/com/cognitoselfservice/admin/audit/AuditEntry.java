package com.cognitoselfservice.admin.audit;

import java.time.Instant;

/**
 * One helpdesk action, or one attempt to sign in to the console: who, what, on whom, how
 * it ended, when and from where. Never a password, and never a typed username that is not
 * an account.
 */
public record AuditEntry(Instant time, String actor, String action, String target, String outcome, String clientIp) {

    /** The action of an attempt to sign in to the console. */
    public static final String SIGN_IN = "sign-in";

    /** What a signed-in helpdesk person did, as against a sign-in attempt. */
    public boolean isHelpdeskAction() {
        return !SIGN_IN.equals(action);
    }

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

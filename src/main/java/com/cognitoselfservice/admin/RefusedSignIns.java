package com.cognitoselfservice.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.cognitoselfservice.admin.audit.AuditEntry;
import com.cognitoselfservice.admin.audit.AuditLog;

/**
 * Console sign-ins refused before any credential was checked (no proof of work, a limit,
 * the budget): anyone can send those, so they are counted per address and minute and
 * recorded as one entry each, never one per request and never with what was typed.
 */
@Component
@ConditionalOnBooleanProperty("admin.enabled")
class RefusedSignIns {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    // Past this many addresses in a minute the rest are counted together.
    static final int MOST_ADDRESSES = 1000;

    static final String OTHER_ADDRESSES = "other addresses";

    private final AuditLog log;

    private final Clock clock;

    private long minute;

    private Map<String, Map<String, Integer>> counts = new HashMap<>();

    RefusedSignIns(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
        this.minute = minuteOf(clock.millis());
    }

    synchronized void count(String address, String why) {
        recordEndedMinute();
        String counted = (counts.size() < MOST_ADDRESSES || counts.containsKey(address)) ? address : OTHER_ADDRESSES;
        counts.computeIfAbsent(counted, (key) -> new TreeMap<>()).merge(why, 1, Integer::sum);
    }

    /** Records the minute that ended, if it had refusals; also when no request comes. */
    @Scheduled(fixedDelay = 10_000)
    synchronized void recordEndedMinute() {
        long now = minuteOf(clock.millis());
        if (now == minute) {
            return;
        }
        Instant start = Instant.ofEpochMilli(minute * MINUTE.toMillis());
        counts.forEach((address, reasons) -> log
            .record(new AuditEntry(start, "anonymous", AuditEntry.SIGN_IN, "", outcome(reasons), address)));
        counts = new HashMap<>();
        minute = now;
    }

    private static String outcome(Map<String, Integer> reasons) {
        int total = reasons.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder outcome = new StringBuilder("refused before any check, ").append(total)
            .append((total == 1) ? " time in this minute: " : " times in this minute: ");
        reasons.forEach((why, times) -> outcome.append(why).append(" ×").append(times).append(", "));
        return outcome.substring(0, outcome.length() - 2);
    }

    private static long minuteOf(long millis) {
        return millis / MINUTE.toMillis();
    }

}

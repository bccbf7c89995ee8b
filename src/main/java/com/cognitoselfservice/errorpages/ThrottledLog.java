package com.cognitoselfservice.errorpages;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;

/**
 * Logs a kind of client error at WARN at most once a minute, with how many there were
 * since, and at DEBUG otherwise, so that a flood of bad requests cannot flood the log.
 * Only the fixed message is logged, never what the client sent.
 */
public final class ThrottledLog {

    private static final long INTERVAL = Duration.ofMinutes(1).toNanos();

    private final Logger log;

    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();

    public ThrottledLog(Logger log) {
        this.log = log;
    }

    public void warn(String message) {
        long now = System.nanoTime();
        Window window = windows.computeIfAbsent(message, (key) -> new Window(now - INTERVAL));
        long count = window.count.incrementAndGet();
        long last = window.lastWarned.get();
        if (now - last >= INTERVAL && window.lastWarned.compareAndSet(last, now)) {
            window.count.addAndGet(-count);
            log.warn("{} ({} in the last minute)", message, count);
        }
        else {
            log.debug(message);
        }
    }

    private static final class Window {

        final AtomicLong lastWarned;

        final AtomicLong count = new AtomicLong();

        Window(long lastWarned) {
            this.lastWarned = new AtomicLong(lastWarned);
        }

    }

}

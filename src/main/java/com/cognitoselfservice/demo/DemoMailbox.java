package com.cognitoselfservice.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The codes and notices the emulator "sent" in demo mode, newest first, so that a person
 * trying the demo can complete the flow. Only the last fifty are kept: in memory, or with
 * the {@code redis} profile in Redis, so that every instance of a demo fleet shows them
 * all.
 */
@Component
@Profile(DemoEnvironment.PROFILE)
public class DemoMailbox {

    private static final int KEPT = 50;

    private static final String KEY = "reset:demo:mailbox";

    /**
     * One message: to whom, where it "went", the code and when; or a password-change
     * notice, with its subject and text instead of a code.
     */
    public record Message(String username, String destination, @Nullable String code, Instant sentAt,
            @Nullable String subject, @Nullable String text) {
    }

    private final Deque<Message> messages = new ArrayDeque<>();

    private final Clock clock;

    private final @Nullable StringRedisTemplate shared;

    private final JsonMapper json = JsonMapper.builder().build();

    DemoMailbox(Clock clock, ObjectProvider<StringRedisTemplate> redis) {
        this.clock = clock;
        this.shared = redis.getIfAvailable();
    }

    synchronized void record(String username, String destination, String code) {
        keep(new Message(username, destination, code, clock.instant(), null, null));
    }

    synchronized void recordNotice(String destination, String subject, String text) {
        keep(new Message("", destination, null, clock.instant(), subject, text));
    }

    private void keep(Message message) {
        if (shared != null) {
            shared.opsForList().leftPush(KEY, json.writeValueAsString(message));
            shared.opsForList().trim(KEY, 0, KEPT - 1);
            return;
        }
        messages.addFirst(message);
        while (messages.size() > KEPT) {
            messages.removeLast();
        }
    }

    public synchronized List<Message> messages() {
        if (shared != null) {
            List<String> kept = shared.opsForList().range(KEY, 0, KEPT - 1);
            return (kept != null) ? kept.stream().map((line) -> json.readValue(line, Message.class)).toList()
                    : List.of();
        }
        return List.copyOf(messages);
    }

}

package com.cognitoselfservice.cognito.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The codes the emulator "sent" in demo mode, newest first, so that a person trying the
 * demo can complete the flow. Only the last fifty are kept.
 */
@Component
@Profile(DemoEnvironment.PROFILE)
public class DemoMailbox {

    private static final int KEPT = 50;

    /** One message: to whom, where it "went", the code and when. */
    public record Message(String username, String destination, String code, Instant sentAt) {
    }

    private final Deque<Message> messages = new ArrayDeque<>();

    private final Clock clock;

    DemoMailbox(Clock clock) {
        this.clock = clock;
    }

    synchronized void record(String username, String destination, String code) {
        messages.addFirst(new Message(username, destination, code, clock.instant()));
        while (messages.size() > KEPT) {
            messages.removeLast();
        }
    }

    public synchronized List<Message> messages() {
        return List.copyOf(messages);
    }

}

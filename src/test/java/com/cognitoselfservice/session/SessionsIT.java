package com.cognitoselfservice.session;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server-side state exists only while a flow runs, so that a flood of page views cannot
 * fill memory.
 */
@EmulatorTest(properties = { "reset.sessions.maximum=3" })
class SessionsIT {

    final TestPool pool;

    final Visitor visitor;

    @Autowired
    LiveSessions sessions;

    @Autowired
    InMemorySessions repository;

    SessionsIT(TestPool pool, Visitor visitor) {
        this.visitor = visitor;
        this.pool = pool;
    }

    @Test
    void entryPagesStoreNothingOnTheServer() {
        int before = sessions.size();
        for (String path : new String[] { "/", "/forgot-password", "/reset-required?username=ana", "/change-password",
                "/change-password?expired&username=ana", "/new-password", "/mfa-code",
                "/forgot-password?username=ana&return_to=https://app.example/login", "/done", "/confirm-code" }) {
            for (int i = 0; i < 20; i++) {
                Page page = visitor.another().get(path);
                assertThat(page.setCookies()).as(path).noneMatch((cookie) -> cookie.startsWith("SESSION="));
            }
        }
        assertThat(sessions.size()).isEqualTo(before);
    }

    @Test
    void startingAFlowGivesTheSessionANewId() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ses"));
        visitor.get("/forgot-password");
        visitor.post("/forgot-password", Map.of("username", user));
        String first = visitor.cookie("SESSION").orElseThrow();

        visitor.get("/forgot-password");
        visitor.post("/forgot-password", Map.of("username", user));

        assertThat(visitor.cookie("SESSION")).isPresent().get().isNotEqualTo(first);
    }

    @Test
    void theNumberOfSessionsIsBounded() {
        for (int i = 0; i < 6; i++) {
            Visitor someone = visitor.another();
            someone.get("/reset-required");
            someone.post("/reset-required", Map.of("username", "someone-" + i));
        }
        assertThat(sessions.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void sessionsIdleOutAfterFifteenMinutes() {
        assertThat(repository.createSession().getMaxInactiveInterval()).hasMinutes(15);
    }

}

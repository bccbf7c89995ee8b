package com.cognitoselfservice.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Code requests waiting out their response-time floor hold no request thread: with three
 * times as many of them waiting as there are threads, a page view is answered while every
 * one of them still waits.
 */
@EmulatorTest(properties = { "server.tomcat.threads.max=4", "server.tomcat.threads.min-spare=1",
        "reset.forgot-password-minimum-duration=4s" })
class ResponseTimeFloorIT {

    final TestPool pool;

    final Visitor visitor;

    ResponseTimeFloorIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void codeRequestsWaitingOutTheFloorLeaveThreadsForPageViews() {
        List<String> users = new ArrayList<>();
        List<CompletableFuture<Page>> waiting = new ArrayList<>();
        for (int person = 0; person < 12; person++) {
            String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("waiting"));
            users.add(user);
            Visitor someone = visitor.another();
            someone.get("/forgot-password");
            waiting
                .add(CompletableFuture.supplyAsync(() -> someone.post("/forgot-password", Map.of("username", user))));
        }
        // Every code went out: each request is now waiting out its floor.
        await().atMost(Duration.ofSeconds(30))
            .until(() -> AwsStub.shared().arrivals("ForgotPassword", users).size() == users.size());

        Page page = visitor.another().get("/forgot-password");

        assertThat(page.status()).isEqualTo(200);
        assertThat(waiting).noneMatch(CompletableFuture::isDone);
        assertThat(waiting.stream().map(CompletableFuture::join)).allSatisfy((sent) -> {
            assertThat(sent.status()).isEqualTo(302);
            assertThat(sent.location()).isEqualTo("/confirm-code");
        });
    }

}

package com.cognitoselfservice.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.Fleet;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.RedisServer;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Redis goes away in the middle of a flow and comes back: meanwhile entry pages still
 * show, a step of the flow answers 503 saying the progress is kept, no code is sent, the
 * instance is not ready; afterwards the same flow completes, without a restart.
 */
@ExtendWith(OutputCaptureExtension.class)
class RedisOutageIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    final RedisServer redis = RedisServer.start();

    final AwsStub stub = AwsStub.shared();

    TestPool pool;

    ConfigurableApplicationContext instance;

    @BeforeEach
    void instanceOnItsOwnRedis() {
        pool = CognitoEmulator.shared().createPool(false);
        instance = Fleet.instance(Fleet.settings(pool, redis));
    }

    @AfterEach
    void stop() {
        instance.close();
        redis.crash();
    }

    @Test
    void aFlowInterruptedByARedisOutageCompletesOnceRedisIsBack(CapturedOutput output) throws Exception {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ana"));
        Visitor visitor = new Visitor(Fleet.port(instance));
        visitor.get("/forgot-password");
        assertThat(visitor.post("/forgot-password", Map.of("username", user)).location()).isEqualTo("/confirm-code");
        visitor.get("/confirm-code");
        assertThat(readiness()).isEqualTo(200);

        redis.crash();

        Page step = visitor.post("/confirm-code",
                Map.of("code", "123456", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));
        assertThat(step.status()).isEqualTo(503);
        assertThat(step.headers().firstValue("Retry-After")).isPresent();
        assertThat(step.text()).contains("Your progress is kept").contains("quote this reference");
        assertThat(step.body()).doesNotContain("Exception").doesNotContain("redis");
        String reference = step.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(output.getOut())
            .contains("Answered 503 with reference " + reference + ": the shared store (Redis) could not be reached");
        assertThat(visitor.get("/confirm-code").status()).isEqualTo(503);
        assertThat(visitor.get("/forgot-password").status()).isEqualTo(200);
        assertThat(readiness()).isEqualTo(503);
        assertThat(stub.calls("ConfirmForgotPassword", user)).isZero();

        redis.restart();
        awaitReady();

        Page confirm = visitor.get("/confirm-code");
        assertThat(confirm.text()).contains("Resetting the password for " + user);
        Page done = visitor.post("/confirm-code",
                Map.of("code", "123456", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));
        assertThat(done.location()).as(done.text()).isEqualTo("/done");
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
    }

    @Test
    void noCodeIsSentWhileTheLimitsCannotBeChecked() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ana"));
        Visitor visitor = new Visitor(Fleet.port(instance));
        Page form = visitor.get("/forgot-password");
        assertThat(form.status()).isEqualTo(200);

        redis.crash();
        Page refused = visitor.post("/forgot-password", Map.of("username", user));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.text()).contains("temporarily unavailable");
        assertThat(stub.calls("ForgotPassword", user)).isZero();
    }

    private int readiness() throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + Fleet.managementPort(instance) + "/actuator/health/readiness");
        return HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode();
    }

    // Lettuce reconnects in the background, with a growing delay: a state to wait for,
    // not a duration to assert.
    private void awaitReady() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> readiness() == 200);
    }

}

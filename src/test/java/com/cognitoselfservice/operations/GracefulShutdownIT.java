package com.cognitoselfservice.operations;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.cognitoselfservice.Application;
import com.cognitoselfservice.support.AppAgainstEmulator;
import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An instance told to stop (a deployment, a scale-in) lets the requests it is serving
 * finish: a code request waiting on Cognito still gets its answer.
 */
@EmulatorTest
class GracefulShutdownIT {

    final TestPool pool;

    GracefulShutdownIT(TestPool pool) {
        this.pool = pool;
    }

    @Test
    void aRequestInFlightWhenTheInstanceStopsIsAnswered() throws Exception {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("stopping"));
        AwsStub.shared().delay("ForgotPassword", user, Duration.ofMillis(1200));
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(Application.class)
            .properties(AppAgainstEmulator.settings(pool, false))
            .run("--server.port=0", "--management.server.port=0");
        Visitor visitor = new Visitor(
                Integer.parseInt(instance.getEnvironment().getProperty("local.server.port", "0")));
        visitor.get("/forgot-password");

        CompletableFuture<Page> inFlight = CompletableFuture
            .supplyAsync(() -> visitor.post("/forgot-password", Map.of("username", user)));
        // Stop while the request waits on Cognito (1.2 s): once the stub saw the call, or
        // half a second on, whichever comes first.
        long giveUp = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        while (AwsStub.shared().calls("ForgotPassword", user) == 0 && System.nanoTime() < giveUp) {
            Thread.onSpinWait();
        }
        instance.close();

        Page answer = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).endsWith("/confirm-code");
    }

}

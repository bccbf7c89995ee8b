package com.cognitoselfservice.cognito;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cognito failing call after call: once enough failed, people get the try-again page at
 * once and nothing more is sent; after a while a few calls probe, and when Cognito
 * answers again everything works as before.
 */
@ExtendWith(OutputCaptureExtension.class)
@EmulatorTest(properties = { "cognito.circuit-breaker.window=4", "cognito.circuit-breaker.minimum-calls=4",
        "cognito.circuit-breaker.open-for=2s" })
class CircuitBreakerIT {

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    CircuitBreakerIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void afterABurstOfFailuresCallsFailFastAndAfterAWhileCognitoIsTriedAgain(CapturedOutput output) throws Exception {
        String failing = pool.createUser(unique("failing"));
        stub.answer("ForgotPassword", failing, "InternalErrorException", "Internal error", 500);
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThat(requestCode(visitor.another(), failing).status()).isEqualTo(503);
        }

        String healthy = pool.createUser(unique("healthy"));
        Page fast = requestCode(visitor.another(), healthy);
        assertThat(fast.status()).isEqualTo(503);
        assertThat(fast.text()).contains("Please try again in a minute");
        assertThat(stub.calls("ForgotPassword", healthy)).isZero();
        String reference = fast.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(fast.text()).contains(reference);
        assertThat(output.getOut()).contains("Cognito circuit breaker for the user-flows calls: open")
            .contains("Answered 503 with reference " + reference + ": Cognito could not be reached: CircuitOpen");

        // The breaker's own clock: a state to wait for (open for 2 s), not a duration to
        // assert.
        Visitor prober = visitor.another();
        Page answered = await().atMost(Duration.ofSeconds(10))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> requestCode(prober, healthy), (page) -> page.status() == 302);
        assertThat(stub.calls("ForgotPassword", healthy)).isOne();
        // No code went out while the circuit was open, so none was counted against her.
        assertThat(prober.follow(answered).text()).contains("We sent a code to");
    }

    private static Page requestCode(Visitor visitor, String user) {
        visitor.get("/forgot-password");
        return visitor.post("/forgot-password", Map.of("username", user));
    }

    private static String unique(String prefix) {
        return CognitoEmulator.shared().uniqueUsername(prefix);
    }

}

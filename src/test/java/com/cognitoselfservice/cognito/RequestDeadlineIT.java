package com.cognitoselfservice.cognito;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person waits for one request, not for each of its calls: a sign-in whose calls hang
 * is answered when the request's deadline ({@code cognito.api-call-timeout}) is up, with
 * no attempt started after it, however many attempts each call may have.
 */
@EmulatorTest(properties = { "cognito.max-attempts=3", "cognito.api-call-attempt-timeout=1s",
        "cognito.api-call-timeout=1500ms" })
class RequestDeadlineIT {

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    RequestDeadlineIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void aSignInWhoseCallsHangIsAnsweredWhenTheRequestsDeadlineIsUp() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("hanging"));
        stub.delay("InitiateAuth", user, Duration.ofSeconds(5));
        visitor.get("/change-password");

        long started = System.nanoTime();
        Page page = visitor.post("/change-password", Map.of("username", user, "currentPassword",
                TestPool.DEFAULT_PASSWORD, "password", "N3w-pass-word!", "confirmPassword", "N3w-pass-word!"));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(page.status()).isEqualTo(503);
        // Attempts of 1 s within 1.5 s: the second is cut short and no third starts (each
        // call on its own would have made three, and a fallback flow three more).
        assertThat(stub.calls("InitiateAuth", user)).isEqualTo(2);
        assertThat(waited).isLessThan(Duration.ofSeconds(3));
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
    }

}

package com.cognitoselfservice.cognito;

import java.time.Duration;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person sees, and what reaches Cognito, when Cognito times out, drops the
 * connection, answers 5xx or throttles: a try-again page, and no call repeated that could
 * have sent a second code or spent the first one.
 */
@EmulatorTest(properties = { "cognito.max-attempts=3", "cognito.api-call-attempt-timeout=700ms",
        "cognito.api-call-timeout=3s" })
class CognitoFaultsIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    CognitoFaultsIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void aCodeRequestThatTimesOutIsNotSentAgain() {
        String user = pool.createUser(unique("slow"));
        stub.delay("ForgotPassword", user, Duration.ofMillis(1500));

        Page page = requestCode(user);

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.text()).contains("Please try again in a minute");
        assertThat(stub.calls("ForgotPassword", user)).isEqualTo(1);
    }

    @Test
    void aCodeRequestWhoseConnectionIsResetIsNotSentAgain() {
        String user = pool.createUser(unique("reset"));
        stub.fault("ForgotPassword", user, Fault.CONNECTION_RESET_BY_PEER);

        assertThat(requestCode(user).status()).isEqualTo(503);
        assertThat(stub.calls("ForgotPassword", user)).isEqualTo(1);
    }

    @Test
    void aConfirmationCognitoFailsIsNotSentAgainAndChangesNothing() {
        String user = pool.createUser(unique("confirm"));
        stub.answer("ConfirmForgotPassword", user, "InternalErrorException", "Internal error", 500);
        requestCode(user);
        visitor.get("/confirm-code");

        Page page = visitor.post("/confirm-code",
                Map.of("code", "123456", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));

        assertThat(page.status()).isEqualTo(503);
        assertThat(stub.calls("ConfirmForgotPassword", user)).isEqualTo(1);
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
    }

    @Test
    void aSignInCognitoFailsIsTriedAgainAsRepeatingItIsHarmless() {
        String user = pool.createUser(unique("signin"));
        stub.answer("InitiateAuth", user, "InternalErrorException", "Internal error", 500);

        visitor.get("/change-password");
        Page page = visitor.post("/change-password", Map.of("username", user, "currentPassword",
                TestPool.DEFAULT_PASSWORD, "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));

        assertThat(page.status()).isEqualTo(503);
        assertThat(stub.calls("InitiateAuth", user)).isEqualTo(3);
    }

    @Test
    void throttlingIsNotAnsweredWithMoreCalls() {
        String user = pool.createUser(unique("throttled"));
        stub.answer("ForgotPassword", user, "TooManyRequestsException", "Too many requests", 400);

        Page page = requestCode(user);

        assertThat(page.status()).isEqualTo(429);
        assertThat(page.headers().firstValue("Retry-After")).isPresent();
        assertThat(stub.calls("ForgotPassword", user)).isEqualTo(1);
    }

    private Page requestCode(String user) {
        visitor.get("/forgot-password");
        Page sent = visitor.post("/forgot-password", Map.of("username", user));
        return (sent.status() == 302) ? visitor.follow(sent) : sent;
    }

    private static String unique(String prefix) {
        return CognitoEmulator.shared().uniqueUsername(prefix);
    }

}

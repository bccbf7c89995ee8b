package com.cognitoselfservice.cognito;

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

/**
 * An app client with a secret. moto ignores SECRET_HASH on these calls, so the stub
 * checks it as Cognito does and refuses a missing or wrong one.
 */
@EmulatorTest(secret = true)
@ExtendWith(OutputCaptureExtension.class)
class SecretClientIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    SecretClientIT(TestPool pool, Visitor visitor) {
        this.visitor = visitor;
        this.pool = pool;
    }

    @Test
    void everyCallCarriesTheRightSecretHashAndNothingSecretIsLogged(CapturedOutput output) {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("sec"));
        String expected = SecretHash.of(user, pool.clientId(), pool.clientSecret());
        stub.requireSecretHash("ForgotPassword", user, expected, pool.clientId());
        stub.requireSecretHash("ConfirmForgotPassword", user, expected, pool.clientId());
        visitor.get("/forgot-password");

        visitor.follow(visitor.post("/forgot-password", Map.of("username", user)));
        Page done = visitor.follow(visitor.post("/confirm-code",
                Map.of("code", "482913", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)));

        assertThat(done.text()).contains("Your password has been changed");
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertThat(output).doesNotContain(NEW_PASSWORD).doesNotContain(pool.clientSecret()).doesNotContain("482913");
        // The person's address, for Cognito's threat protection (a client with a secret
        // may be allowed to pass it on).
        assertThat(stub.requestBodies("ForgotPassword", user).get(0))
            .contains("\"UserContextData\":{\"IpAddress\":\"127.0.0.1\"}");
        assertThat(stub.requestBodies("ConfirmForgotPassword", user).get(0))
            .contains("\"UserContextData\":{\"IpAddress\":\"127.0.0.1\"}");
    }

    @Test
    void aSignInCarriesThePersonsAddressForThreatProtection() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ctx"));
        visitor.get("/change-password");

        visitor.post("/change-password", Map.of("username", user, "currentPassword", TestPool.DEFAULT_PASSWORD,
                "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));

        assertThat(stub.requestBodies("InitiateAuth", user)).isNotEmpty()
            .allSatisfy((body) -> assertThat(body).contains("\"UserContextData\":{\"IpAddress\":\"127.0.0.1\"}"));
    }

    @Test
    void wrongSecretShowsTheOperatorPageAndLogsTheCause(CapturedOutput output) {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("sec"));
        stub.requireSecretHash("ForgotPassword", user, "hash-of-another-secret", pool.clientId());
        visitor.get("/forgot-password");

        Page page = visitor.post("/forgot-password", Map.of("username", user));

        assertThat(page.status()).isEqualTo(500);
        assertThat(page.text()).contains("This service is not set up correctly").doesNotContain("secret hash");
        assertThat(output).contains("ForgotPassword failed with NotAuthorizedException")
            .contains("COGNITO_CLIENT_SECRET");
    }

}

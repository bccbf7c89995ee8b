package com.cognitoselfservice.mfa;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An SRP sign-in whose verified claim Cognito answers with an SMS code challenge. moto
 * has no MFA: the stub checks the claim, then answers PASSWORD_VERIFIER with the
 * challenge and the code with a token moto issued; ChangePassword then runs against moto.
 */
@EmulatorTest(properties = "cognito.sign-in-flow=srp")
class SrpMfaCodeIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    String user;

    SrpMfaCodeIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    // On an SRP-only client, a user whose verified claim Cognito answers with an SMS
    // code.
    @BeforeEach
    void userWithACodeAfterTheClaim() {
        stub.srpPool(pool.clientId(), pool.userPoolId());
        stub.srpOnlyClient(pool.clientId());
        user = pool.createUser(CognitoEmulator.shared().uniqueUsername("srp-mfa"));
        stub.srpPassword(user, TestPool.DEFAULT_PASSWORD);
        stub.answerChallenge(user, "PASSWORD_VERIFIER", "{\"ChallengeName\":\"SMS_MFA\",\"Session\":\"mfa-session\","
                + "\"ChallengeParameters\":{\"USER_ID_FOR_SRP\":\"" + user + "\"}}");
    }

    @Test
    void afterTheClaimTheCodeIsAskedForAndThePasswordChanged() {
        stub.answerChallenge(user, "SMS_MFA",
                "{\"AuthenticationResult\":{\"AccessToken\":\"" + pool.accessToken(user, TestPool.DEFAULT_PASSWORD)
                        + "\",\"TokenType\":\"Bearer\",\"ExpiresIn\":3600}}");

        visitor.get("/change-password");
        Page sent = visitor.post("/change-password",
                Map.of("username", user, "currentPassword", TestPool.DEFAULT_PASSWORD, "password", NEW_PASSWORD,
                        "confirmPassword", NEW_PASSWORD, "_signOutEverywhere", "on"));
        assertThat(sent.location()).as(sent.text()).isEqualTo("/mfa-code");
        Page mfa = visitor.follow(sent);
        Page done = visitor.post("/mfa-code",
                Map.of("challenge", mfa.hiddenValue("challenge"), "code", "123456", "currentPassword",
                        TestPool.DEFAULT_PASSWORD, "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD,
                        "_signOutEverywhere", "on"));

        assertThat(done.location()).as(done.text()).isEqualTo("/done");
        assertThat(stub.requestBodies("RespondToAuthChallenge", user)).hasSize(2)
            .satisfies((bodies) -> assertThat(bodies.get(0)).contains("PASSWORD_VERIFIER"))
            .satisfies((bodies) -> assertThat(bodies.get(1)).contains("\"SMS_MFA_CODE\":\"123456\""));
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
    }

    @Test
    void aWrongPasswordNeverReachesTheCodeStep() {

        visitor.get("/change-password");
        Page refused = visitor.post("/change-password", Map.of("username", user, "currentPassword", "Not-the-pass-1!",
                "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD, "_signOutEverywhere", "on"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("Incorrect username or password");
    }

}

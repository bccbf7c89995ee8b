package com.cognitoselfservice.mfa;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestClock;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change-password sign-in that Cognito answers with an MFA challenge. moto has no MFA,
 * so the stub answers InitiateAuth with the challenge and RespondToAuthChallenge with a
 * real token moto issued; ChangePassword then really runs against moto.
 */
@EmulatorTest
class MfaCodeIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    final TestPool pool;

    @Autowired
    TestClock clock;

    final AwsStub stub = AwsStub.shared();

    final Visitor visitor;

    String user;

    MfaCodeIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @BeforeEach
    void userWithMfa() {
        user = pool.createUser(CognitoEmulator.shared().uniqueUsername("mfa"));
    }

    @Test
    void smsCodeThenThePasswordIsChanged() {
        challengeWith("SMS_MFA");
        stub.answerBody("RespondToAuthChallenge", user,
                "{\"AuthenticationResult\":{\"AccessToken\":\"" + pool.accessToken(user, TestPool.DEFAULT_PASSWORD)
                        + "\",\"TokenType\":\"Bearer\",\"ExpiresIn\":3600}}");

        Page mfa = signIn();
        assertThat(mfa.text()).contains("We sent a sign-in code by text message.")
            .contains("Please finish within 180 s");

        Page done = visitor.follow(answer(mfa, "123456"));

        assertThat(done.text()).contains("Your password has been changed");
        assertThat(stub.requestBodies("RespondToAuthChallenge", user).get(0)).contains("\"SMS_MFA_CODE\":\"123456\"")
            .contains("\"ChallengeName\":\"SMS_MFA\"");
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isFalse();
    }

    @Test
    void wrongCodeIsShownNextToTheCodeAndChangesNothing() {
        challengeWith("SOFTWARE_TOKEN_MFA");
        stub.answer("RespondToAuthChallenge", user, "CodeMismatchException", "Invalid code received for user");

        Page mfa = signIn();
        assertThat(mfa.text()).contains("Enter the code your authenticator app shows.");
        Page wrong = answer(mfa, "000000");

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.textOf("code-error")).startsWith("This code is not right.");
        assertThat(stub.requestBodies("RespondToAuthChallenge", user).get(0)).contains("SOFTWARE_TOKEN_MFA_CODE");
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
    }

    @Test
    void emailCodeFollowsTheSameThreeMinuteRule() {
        challengeWith("EMAIL_OTP");

        Page mfa = signIn();
        assertThat(mfa.text()).contains("We sent a sign-in code by email.");
        clock.advance(Duration.ofMinutes(3));

        Page expired = answer(mfa, "123456");

        assertThat(expired.location()).isEqualTo("/change-password?expired&username=" + user);
        assertThat(stub.calls("RespondToAuthChallenge", user)).isZero();
    }

    private void challengeWith(String challenge) {
        stub.answerBody("InitiateAuth", user, "{\"ChallengeName\":\"" + challenge + "\",\"Session\":\"mfa-session\","
                + "\"ChallengeParameters\":{\"USER_ID_FOR_SRP\":\"" + user + "\"}}");
    }

    private Page signIn() {
        visitor.get("/change-password");
        Page sent = visitor.post("/change-password",
                Map.of("username", user, "currentPassword", TestPool.DEFAULT_PASSWORD, "password", NEW_PASSWORD,
                        "confirmPassword", NEW_PASSWORD, "_signOutEverywhere", "on"));
        assertThat(sent.location()).as(sent.text()).isEqualTo("/mfa-code");
        return visitor.follow(sent);
    }

    private Page answer(Page page, String code) {
        String challenge = page.hiddenValue("challenge");
        return visitor.post("/mfa-code",
                Map.of("challenge", challenge, "code", code, "currentPassword", TestPool.DEFAULT_PASSWORD, "password",
                        NEW_PASSWORD, "confirmPassword", NEW_PASSWORD, "_signOutEverywhere", "on"));
    }

}

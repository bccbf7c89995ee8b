package com.cognitoselfservice.mfa;

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
 * A person with both an authenticator app and text messages: Cognito asks which to use
 * (SELECT_MFA_TYPE), the page names each as the person knows it, and the code of the one
 * chosen is then asked for. moto never offers the choice, so the stub answers as the API
 * reference documents; ChangePassword is the emulator's.
 */
@EmulatorTest
class MfaChoiceIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    MfaChoiceIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void thePersonChoosesTheirAuthenticatorThenEntersItsCode() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("cy"));
        stub.answerBody("InitiateAuth", user, "{\"ChallengeName\":\"SELECT_MFA_TYPE\",\"Session\":\"choice-" + user
                + "\",\"ChallengeParameters\":{\"MFAS_CAN_CHOOSE\":\"[\\\"SMS_MFA\\\",\\\"SOFTWARE_TOKEN_MFA\\\"]\","
                + "\"USER_ID_FOR_SRP\":\"" + user + "\"}}");
        stub.answerChallenge(user, "SELECT_MFA_TYPE", "{\"ChallengeName\":\"SOFTWARE_TOKEN_MFA\",\"Session\":\"code-"
                + user + "\",\"ChallengeParameters\":{\"USER_ID_FOR_SRP\":\"" + user + "\"}}");
        stub.answerChallenge(user, "SOFTWARE_TOKEN_MFA",
                "{\"AuthenticationResult\":{\"AccessToken\":\"" + pool.accessToken(user, TestPool.DEFAULT_PASSWORD)
                        + "\",\"TokenType\":\"Bearer\",\"ExpiresIn\":3600}}");
        visitor.get("/change-password");
        Page sent = visitor.post("/change-password", Map.of("username", user, "currentPassword",
                TestPool.DEFAULT_PASSWORD, "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));
        assertThat(sent.location()).as(sent.text()).isEqualTo("/mfa-choice");

        Page choice = visitor.follow(sent);
        assertThat(choice.text()).contains("Choose how to get your sign-in code")
            .contains("A code from your authenticator app")
            .contains("A code by text message to your phone")
            .doesNotContain("A code by email");
        Page offeredNot = visitor.post("/mfa-choice",
                Map.of("challenge", choice.hiddenValue("challenge"), "method", "EMAIL_OTP"));
        assertThat(offeredNot.status()).isEqualTo(400);
        Page code = visitor.follow(visitor.post("/mfa-choice",
                Map.of("challenge", choice.hiddenValue("challenge"), "method", "SOFTWARE_TOKEN_MFA")));
        assertThat(code.text()).contains("Enter the code your authenticator app shows.");

        Page done = visitor.follow(visitor.post("/mfa-code",
                Map.of("challenge", code.hiddenValue("challenge"), "code", "123456", "currentPassword",
                        TestPool.DEFAULT_PASSWORD, "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)));

        assertThat(done.text()).contains("Your password has been changed");
        assertThat(stub.requestBodies("RespondToAuthChallenge", user))
            .anySatisfy((body) -> assertThat(body).contains("\"ChallengeName\":\"SELECT_MFA_TYPE\"")
                .contains("\"ANSWER\":\"SOFTWARE_TOKEN_MFA\"")
                .contains("\"Session\":\"choice-" + user + "\""));
        assertThat(stub.requestBodies("RespondToAuthChallenge", user))
            .anySatisfy((body) -> assertThat(body).contains("\"SOFTWARE_TOKEN_MFA_CODE\":\"123456\"")
                .contains("\"Session\":\"code-" + user + "\""));
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
    }

}

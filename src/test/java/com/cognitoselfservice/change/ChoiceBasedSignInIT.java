package com.cognitoselfservice.change;

import java.util.ArrayList;
import java.util.List;

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
 * Change password on an app client that allows only choice-based sign-in (USER_AUTH), as
 * pools with passkeys and one-time codes have: the app asks for SRP as the preferred
 * challenge, so the password still never reaches Cognito. The stub refuses the other
 * flows for this client and plays USER_AUTH, which moto does not have. A person without a
 * password signs in with a one-time code and chooses a first password.
 */
// COGNITO_SIGN_IN_FLOW=user-auth: moto reports the pool's client as allowing password
// sign-in, which is what the start-up check would otherwise go by.
@EmulatorTest(properties = "cognito.sign-in-flow=user-auth")
class ChoiceBasedSignInIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    ChoiceBasedSignInIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @BeforeEach
    void choiceOnlyClient() {
        stub.srpPool(pool.clientId(), pool.userPoolId());
        stub.choiceOnlyClient(pool.clientId());
    }

    @Test
    void thePasswordIsChangedThroughChoiceBasedSignInWithSrp() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("choice"));
        stub.srpPassword(user, TestPool.DEFAULT_PASSWORD);

        Page page = ChangePasswordIT.changeAs(visitor, user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD, true);

        assertThat(page.location()).as(page.text()).isEqualTo("/done");
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        // One sign-in, with SRP preferred: only choice-based sign-in sends that (the stub
        // records it as it replays it to moto, as USER_SRP_AUTH).
        assertThat(stub.requestBodies("InitiateAuth", user)).singleElement()
            .satisfies(
                    (body) -> assertThat(body).contains("\"PREFERRED_CHALLENGE\":\"PASSWORD_SRP\"").contains("SRP_A"));
        List<String> sent = new ArrayList<>(stub.requestBodies("InitiateAuth", user));
        sent.addAll(stub.requestBodies("RespondToAuthChallenge", user));
        assertThat(sent).noneMatch((body) -> body.contains(TestPool.DEFAULT_PASSWORD));
    }

    @Test
    void aPersonWithoutAPasswordSignsInWithAnEmailCodeAndChoosesAFirstPassword() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("passwordless"));
        String token = pool.accessToken(user, TestPool.DEFAULT_PASSWORD);
        stub.answerBody("InitiateAuth", user, "{\"ChallengeName\":\"SELECT_CHALLENGE\",\"Session\":\"select-" + user
                + "\",\"AvailableChallenges\":[\"WEB_AUTHN\",\"EMAIL_OTP\"],\"ChallengeParameters\":{}}");
        stub.answerChallenge(user, "SELECT_CHALLENGE", "{\"ChallengeName\":\"EMAIL_OTP\",\"Session\":\"otp-" + user
                + "\",\"ChallengeParameters\":{\"CODE_DELIVERY_DELIVERY_MEDIUM\":\"EMAIL\"}}");
        stub.answerChallenge(user, "EMAIL_OTP",
                "{\"AuthenticationResult\":{\"AccessToken\":\"" + token + "\",\"TokenType\":\"Bearer\"}}");
        // moto requires the previous password to equal the one it holds; Cognito takes
        // ChangePassword without it from a person who has none.
        stub.answerBody("ChangePassword", token, "{}");
        visitor.get("/change-password");

        Page code = visitor.follow(visitor.post("/change-password", java.util.Map.of("username", user,
                "currentPassword", "Whatever-1!", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)));
        assertThat(code.text()).contains("We sent a sign-in code by email.")
            .contains("Your account has no password yet.");
        assertThat(code.body()).doesNotContain("name=\"currentPassword\"");
        Page done = visitor
            .follow(visitor.post("/mfa-code", java.util.Map.of("challenge", code.hiddenValue("challenge"), "code",
                    "12345678", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)));

        assertThat(done.text()).contains("Your password has been changed");
        assertThat(stub.requestBodies("RespondToAuthChallenge", user))
            .anySatisfy((body) -> assertThat(body).contains("\"ANSWER\":\"EMAIL_OTP\""))
            .anySatisfy((body) -> assertThat(body).contains("\"EMAIL_OTP_CODE\":\"12345678\""));
        assertThat(stub.requestBodies("ChangePassword", token)).singleElement()
            .satisfies((body) -> assertThat(body).contains("\"ProposedPassword\"").doesNotContain("PreviousPassword"));
    }

    @Test
    void aPersonWithAPasskeyOnlyIsToldTheyHaveNoPasswordHere() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("passkey"));
        stub.answerBody("InitiateAuth", user, "{\"ChallengeName\":\"SELECT_CHALLENGE\",\"Session\":\"select-" + user
                + "\",\"AvailableChallenges\":[\"WEB_AUTHN\"],\"ChallengeParameters\":{}}");

        Page page = ChangePasswordIT.changeAs(visitor, user, "Whatever-1!", NEW_PASSWORD, true);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.errorSummary()).startsWith("This account signs in without a password");
        assertThat(stub.requestBodies("RespondToAuthChallenge", user)).isEmpty();
    }

}

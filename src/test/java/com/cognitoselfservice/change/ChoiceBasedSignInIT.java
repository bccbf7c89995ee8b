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
 * flows for this client and plays USER_AUTH, which moto does not have; a person without a
 * password is told so.
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
    void aPersonWithoutAPasswordIsToldSo() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("passwordless"));
        stub.answerBody("InitiateAuth", user, "{\"ChallengeName\":\"SELECT_CHALLENGE\",\"Session\":\"select-" + user
                + "\",\"AvailableChallenges\":[\"EMAIL_OTP\",\"WEB_AUTHN\"],\"ChallengeParameters\":{}}");

        Page page = ChangePasswordIT.changeAs(visitor, user, "Whatever-1!", NEW_PASSWORD, true);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.errorSummary()).startsWith("This account signs in without a password");
        assertThat(stub.requestBodies("RespondToAuthChallenge", user)).isEmpty();
    }

}

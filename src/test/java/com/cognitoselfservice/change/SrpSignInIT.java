package com.cognitoselfservice.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Change password on an app client that allows only SRP, as the Cognito console makes
 * them: the stub refuses USER_PASSWORD_AUTH for it and checks each SRP claim against the
 * user's password, as Cognito does (moto checks neither).
 */
// COGNITO_SIGN_IN_FLOW=srp: moto reports the pool's client as allowing password sign-in,
// which is what the start-up check would otherwise go by.
@EmulatorTest(properties = "cognito.sign-in-flow=srp")
class SrpSignInIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    static final String TEMPORARY = "Temp-pass-1!";

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    SrpSignInIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @BeforeEach
    void srpOnlyClient() {
        stub.srpPool(pool.clientId(), pool.userPoolId());
        stub.srpOnlyClient(pool.clientId());
    }

    @Test
    void thePasswordIsChangedAndNeverSentToCognito() {
        String user = pool.createUser(unique("srp"));
        stub.srpPassword(user, TestPool.DEFAULT_PASSWORD);

        Page page = ChangePasswordIT.changeAs(visitor, user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD, true);

        assertThat(page.location()).as(page.text()).isEqualTo("/done");
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isFalse();
        assertThat(stub.requestBodies("InitiateAuth", user)).singleElement()
            .satisfies((body) -> assertThat(body).contains("USER_SRP_AUTH").contains("SRP_A"));
        assertThat(stub.requestBodies("RespondToAuthChallenge", user)).singleElement()
            .satisfies((body) -> assertThat(body).contains("PASSWORD_VERIFIER")
                .contains("PASSWORD_CLAIM_SIGNATURE")
                .containsPattern(
                        "\"TIMESTAMP\":\"[A-Z][a-z]{2} [A-Z][a-z]{2} \\d{1,2} \\d{2}:\\d{2}:\\d{2} UTC \\d{4}\""));
        List<String> sent = new ArrayList<>(stub.requestBodies("InitiateAuth", user));
        sent.addAll(stub.requestBodies("RespondToAuthChallenge", user));
        assertThat(sent).noneMatch((body) -> body.contains(TestPool.DEFAULT_PASSWORD));
    }

    @Test
    void aWrongPasswordIsRefusedAsCognitoRefusesAWrongClaim() {
        String user = pool.createUser(unique("srp-wrong"));
        stub.srpPassword(user, TestPool.DEFAULT_PASSWORD);

        Page page = ChangePasswordIT.changeAs(visitor, user, "Not-the-pass-1!", NEW_PASSWORD, true);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("Incorrect username or password");
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
    }

    @Test
    void aTemporaryPasswordLeadsToChoosingAPermanentOne() {
        String user = pool.createTemporaryUser(unique("srp-temp"), TEMPORARY);
        stub.srpPassword(user, TEMPORARY);

        Page sent = ChangePasswordIT.changeAs(visitor, user, TEMPORARY, NEW_PASSWORD, true);
        assertThat(sent.location()).as(sent.text()).isEqualTo("/new-password");
        Page newPassword = visitor.follow(sent);
        Page done = visitor.post("/new-password", Map.of("challenge", newPassword.hiddenValue("challenge"), "password",
                NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));

        assertThat(done.location()).as(done.text()).isEqualTo("/done");
        assertThat(pool.status(user)).isEqualTo(UserStatusType.CONFIRMED);
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
    }

    @Test
    void aDeviceChallengeAfterTheClaimIsExplainedNotADeadEnd() {
        String user = pool.createUser(unique("srp-device"));
        stub.srpPassword(user, TestPool.DEFAULT_PASSWORD);
        stub.answerChallenge(user, "PASSWORD_VERIFIER", "{\"ChallengeName\":\"DEVICE_SRP_AUTH\",\"Session\":\"device\","
                + "\"ChallengeParameters\":{\"USER_ID_FOR_SRP\":\"" + user + "\"}}");

        Page page = ChangePasswordIT.changeAs(visitor, user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD, true);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("Your account asks for a sign-in step this page does not support.");
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
    }

    private static String unique(String prefix) {
        return CognitoEmulator.shared().uniqueUsername(prefix);
    }

}

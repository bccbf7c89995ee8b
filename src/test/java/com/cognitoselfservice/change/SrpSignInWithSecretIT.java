package com.cognitoselfservice.change;

import org.junit.jupiter.api.Test;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SRP sign-in with an app client that has a secret: SECRET_HASH goes with InitiateAuth
 * (for the username typed) and with the PASSWORD_VERIFIER answer (for USER_ID_FOR_SRP).
 */
@EmulatorTest(secret = true, properties = "cognito.sign-in-flow=srp")
class SrpSignInWithSecretIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    SrpSignInWithSecretIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void thePasswordIsChangedWithTheSecretHashOnBothCalls() {
        stub.srpPool(pool.clientId(), pool.userPoolId());
        stub.srpOnlyClient(pool.clientId());
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("srp-secret"));
        stub.srpPassword(user, TestPool.DEFAULT_PASSWORD);

        Page page = ChangePasswordIT.changeAs(visitor, user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD, true);

        assertThat(page.location()).as(page.text()).isEqualTo("/done");
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertThat(stub.requestBodies("InitiateAuth", user)).singleElement()
            .satisfies((body) -> assertThat(body).contains("SECRET_HASH"));
        assertThat(stub.requestBodies("RespondToAuthChallenge", user)).singleElement()
            .satisfies((body) -> assertThat(body).contains("SECRET_HASH"));
    }

}

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
 * With {@code COGNITO_SIGN_IN_FLOW=auto} and IAM credentials, the start-up check reads
 * which flows each app client allows: a client that allows only password sign-in (as this
 * pool's does) gets it straight away, with no SRP attempt Cognito would refuse.
 */
@EmulatorTest(properties = "cognito.sign-in-flow=auto")
class SignInFlowFallbackIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    SignInFlowFallbackIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void aClientThatAllowsOnlyPasswordSignInGetsItWithoutAnSrpAttempt() {
        stub.passwordOnlyClient(pool.clientId());
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("password-client"));

        Page done = ChangePasswordIT.changeAs(visitor, user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD, true);

        assertThat(done.location()).as(done.text()).isEqualTo("/done");
        assertThat(stub.requestBodies("InitiateAuth", user)).singleElement()
            .satisfies((body) -> assertThat(body).contains("USER_PASSWORD_AUTH"));
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
    }

}

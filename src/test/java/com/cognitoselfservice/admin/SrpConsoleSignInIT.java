package com.cognitoselfservice.admin;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/** A helpdesk person signs in to the console on an app client that allows only SRP. */
@EmulatorTest(properties = { "admin.enabled=true", "admin.group=helpdesk", "cognito.sign-in-flow=srp" })
class SrpConsoleSignInIT {

    static final String PASSWORD = "Helpdesk-pass-1!";

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    SrpConsoleSignInIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void theRightPasswordOpensTheConsoleAndAWrongOneDoesNot() {
        stub.srpPool(pool.clientId(), pool.userPoolId());
        stub.srpOnlyClient(pool.clientId());
        String helpdesk = pool.createUser(CognitoEmulator.shared().uniqueUsername("helen-srp"));
        pool.adminSetPassword(helpdesk, PASSWORD);
        pool.addToGroup(helpdesk, "helpdesk");
        stub.srpPassword(helpdesk, PASSWORD);

        Visitor intruder = visitor.another();
        intruder.get("/admin/sign-in");
        Page refused = intruder.post("/admin/sign-in", Map.of("username", helpdesk, "password", "Not-the-pass-1!"));
        visitor.get("/admin/sign-in");
        Page signedIn = visitor.post("/admin/sign-in", Map.of("username", helpdesk, "password", PASSWORD));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(signedIn.location()).as(signedIn.text()).isEqualTo("/admin");
        assertThat(stub.requestBodies("InitiateAuth", helpdesk))
            .allSatisfy((body) -> assertThat(body).contains("USER_SRP_AUTH").doesNotContain(PASSWORD));
    }

}

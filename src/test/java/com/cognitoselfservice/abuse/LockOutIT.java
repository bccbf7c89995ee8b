package com.cognitoselfservice.abuse;

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
 * Nobody can lock a chosen person out: what an attacker asks for or guesses from their
 * address counts against that address, while a brute force from one address is still
 * stopped. Requests come from different addresses through a trusted proxy's
 * {@code X-Forwarded-For}.
 */
@EmulatorTest(properties = { "server.forward-headers-strategy=native", "admin.enabled=true" })
class LockOutIT {

    static final String ATTACKER = "10.6.6.6";

    static final String OWNER = "10.0.0.1";

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    LockOutIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void codesAskedForSomeoneElseLeaveThemAbleToResetWithACodeAlreadySent() {
        String user = pool.createUser(unique("alice"));
        for (int i = 0; i < 6; i++) {
            assertThat(askForCode(visitor.from(ATTACKER), user).status()).isEqualTo(302);
        }
        assertThat(stub.calls("ForgotPassword", user)).isEqualTo(5);

        Visitor owner = visitor.from(OWNER);
        Page confirm = owner.follow(askForCode(owner, user));

        assertThat(confirm.text())
            .contains("We sent codes for this account a short while ago. Enter the newest code you received.")
            .containsPattern("You can ask for a new code in \\d+ s\\.");
        assertThat(stub.calls("ForgotPassword", user)).isEqualTo(5);
        // moto accepts any code: the newest one the owner received stands for it.
        Page done = owner.post("/confirm-code",
                Map.of("code", "123456", "password", "N3w-pass-word!", "confirmPassword", "N3w-pass-word!"));
        assertThat(done.location()).isEqualTo("/done");
        assertThat(pool.signsIn(user, "N3w-pass-word!")).isTrue();
    }

    @Test
    void wrongPasswordsFromElsewhereNeverRefuseTheRightOneButABruteForceIsStopped() {
        String user = pool.createUser(unique("bob"));
        Visitor attacker = visitor.from(ATTACKER);
        for (int i = 0; i < 10; i++) {
            assertThat(change(attacker, user, "Wrong-pass-" + i + "!").status()).isEqualTo(400);
        }
        assertThat(change(attacker, user, "Wrong-pass-x!").status()).as("brute force from one address").isEqualTo(429);

        Page changed = change(visitor.from(OWNER), user, TestPool.DEFAULT_PASSWORD);

        assertThat(changed.location()).isEqualTo("/done");
        assertThat(pool.signsIn(user, "N3w-pass-word!")).isTrue();
    }

    @Test
    void theConsoleHasItsOwnLimitsAndTheRightPasswordStillGetsIn() {
        String helper = pool.createUser(unique("helen"));
        pool.addToGroup(helper, "helpdesk");
        Visitor attacker = visitor.from(ATTACKER);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(attacker, helper, "Wrong-pass-" + i + "!").status()).isEqualTo(400);
        }
        assertThat(signIn(attacker, helper, "Wrong-pass-x!").status()).isEqualTo(429);

        assertThat(signIn(visitor.from(OWNER), helper, TestPool.DEFAULT_PASSWORD).location()).isEqualTo("/admin");
    }

    private static Page askForCode(Visitor visitor, String user) {
        visitor.get("/forgot-password");
        return visitor.post("/forgot-password", Map.of("username", user));
    }

    private static Page change(Visitor visitor, String user, String current) {
        visitor.get("/change-password");
        return visitor.post("/change-password", Map.of("username", user, "currentPassword", current, "password",
                "N3w-pass-word!", "confirmPassword", "N3w-pass-word!"));
    }

    private static Page signIn(Visitor visitor, String user, String password) {
        visitor.get("/admin/sign-in");
        return visitor.post("/admin/sign-in", Map.of("username", user, "password", password));
    }

    private static String unique(String prefix) {
        return CognitoEmulator.shared().uniqueUsername(prefix);
    }

}

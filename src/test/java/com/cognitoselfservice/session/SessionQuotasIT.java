package com.cognitoselfservice.session;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood of anonymous flows fills only the flows' own share of the store: it never ends
 * a signed-in admin's session or a sign-in waiting for its challenge's answer.
 */
// Without the proof of work, which a store this small would ask of flow starts once half
// full (ProofOfWorkIT shows that): what is measured here is the quotas behind it.
@EmulatorTest(properties = { "admin.enabled=true", "reset.sessions.maximum=5", "reset.proof-of-work.enabled=false" })
class SessionQuotasIT {

    final TestPool pool;

    final Visitor visitor;

    SessionQuotasIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void aFloodOfFlowsNeverEndsAnAdminsSessionOrAWaitingSignIn() {
        Visitor helpdesk = signedInHelpdeskPerson();
        Visitor waiting = signInWithATemporaryPassword();
        Visitor firstInFlood = visitor.another();
        startFlow(firstInFlood, "flood-0");

        for (int i = 1; i <= 60; i++) {
            assertThat(startFlow(visitor.another(), "flood-" + i).status()).isEqualTo(302);
        }

        assertThat(helpdesk.get("/admin").text()).contains("Find a user");
        assertThat(waiting.get("/new-password").text()).contains("Choose your permanent password");
        assertThat(firstInFlood.get("/confirm-code").location()).isEqualTo("/forgot-password?expired");
    }

    private Visitor signedInHelpdeskPerson() {
        String person = pool.createUser(CognitoEmulator.shared().uniqueUsername("helen"));
        pool.addToGroup(person, "helpdesk");
        Visitor helpdesk = visitor.another();
        helpdesk.get("/admin/sign-in");
        Page admitted = helpdesk.post("/admin/sign-in",
                Map.of("username", person, "password", TestPool.DEFAULT_PASSWORD));
        assertThat(admitted.location()).isEqualTo("/admin");
        return helpdesk;
    }

    private Visitor signInWithATemporaryPassword() {
        String user = pool.createTemporaryUser(CognitoEmulator.shared().uniqueUsername("tmp"), "Temp-pass-1!");
        Visitor waiting = visitor.another();
        waiting.get("/change-password");
        Page challenged = waiting.post("/change-password", Map.of("username", user, "currentPassword", "Temp-pass-1!",
                "password", "Perm-pass-word-2!", "confirmPassword", "Perm-pass-word-2!"));
        assertThat(challenged.location()).isEqualTo("/new-password");
        return waiting;
    }

    private static Page startFlow(Visitor visitor, String username) {
        visitor.get("/reset-required");
        return visitor.post("/reset-required", Map.of("username", username));
    }

}

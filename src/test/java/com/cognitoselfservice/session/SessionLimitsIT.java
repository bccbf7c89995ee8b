package com.cognitoselfservice.session;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One address can hold only so many open flows and start only so many in a window; what
 * is refused gets a page that says so, and no session.
 */
// Without the proof of work, which flow starts would ask for past half the address's
// limit (ProofOfWorkIT shows that): what is measured here is the limit behind it.
@EmulatorTest(properties = { "reset.sessions.per-address=3", "reset.limits.session-starts-per-ip=6",
        "reset.proof-of-work.enabled=false" })
class SessionLimitsIT {

    final Visitor visitor;

    SessionLimitsIT(Visitor visitor) {
        this.visitor = visitor;
    }

    @Test
    void anAddressHoldsAndStartsOnlySoManyFlows() {
        for (int i = 0; i < 3; i++) {
            assertThat(startFlow(visitor.another(), "ana-" + i).status()).isEqualTo(302);
        }

        for (int i = 3; i < 6; i++) {
            Visitor someone = visitor.another();
            Page refused = startFlow(someone, "ana-" + i);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.errorSummary()).startsWith("Too many password changes are open from your network.");
            assertThat(someone.cookie("SESSION")).isEmpty();
        }
        Visitor forgetful = visitor.another();
        forgetful.get("/forgot-password");
        Page alsoRefused = forgetful.post("/forgot-password", Map.of("username", "ana-5"));
        assertThat(alsoRefused.status()).isEqualTo(429);
        // Refused by the starts in the window by now, which the page says as well.
        assertThat(alsoRefused.errorSummary()).startsWith("Too many attempts. Please try again in");
        assertThat(alsoRefused.headers().firstValue("Retry-After")).isPresent();

        Page tooFast = startFlow(visitor.another(), "ana-6");
        assertThat(tooFast.status()).isEqualTo(429);
        assertThat(tooFast.errorSummary()).startsWith("Too many attempts. Please try again in");
        assertThat(tooFast.headers().firstValue("Retry-After")).isPresent();
    }

    private static Page startFlow(Visitor visitor, String username) {
        visitor.get("/reset-required");
        return visitor.post("/reset-required", Map.of("username", username));
    }

}

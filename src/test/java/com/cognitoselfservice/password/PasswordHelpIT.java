package com.cognitoselfservice.password;

import java.util.Map;

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
 * Live advice while a new password is typed, and the same refusals on submit, which
 * Cognito itself would have accepted.
 */
@EmulatorTest(properties = { "reset.products[0].client=shop", "reset.products[0].name=Northwind",
        "reset.limits.password-help-per-session-per-minute=20" })
class PasswordHelpIT {

    static final Map<String, String> HTMX = Map.of("HX-Request", "true");

    final TestPool pool;

    final Visitor visitor;

    PasswordHelpIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void adviceTicksOffRulesRatesStrengthAndComparesTheRepetition() {
        visitor.get("/change-password");

        Page advice = visitor.post("/password-help",
                Map.of("username", "ana", "password", "vq7#Lm2!xR9@pW", "confirmPassword", "vq7#Lm2!xR9@p"), HTMX);

        assertThat(advice.status()).isEqualTo(200);
        assertThat(advice.body()).doesNotContain("<html").contains("class=\"met\"").doesNotContain("class=\"unmet\"");
        assertThat(advice.text()).contains("Strong").contains("The two passwords are not the same.");
    }

    @Test
    void liveHelpSentWithTheTokenOfAPageBeingLeftDoesNotTakeThePersonAway() {
        visitor.get("/change-password");

        Page stale = visitor.postRaw("/password-help", Map.of("_csrf", "stale", "password", "vq7#Lm2!xR9@pW"),
                Map.of("HX-Request", "true", "HX-Trigger-Name", "password"));
        Page staleForm = visitor.postRaw("/confirm-code/resend", Map.of("_csrf", "stale"), HTMX);

        assertThat(stale.status()).isEqualTo(204);
        assertThat(stale.body()).isEmpty();
        assertThat(stale.headers().firstValue("HX-Redirect")).isEmpty();
        assertThat(staleForm.headers().firstValue("HX-Redirect")).hasValue("/form-expired");
    }

    @Test
    void aCommonPasswordTheUsernameAndTheProductNameAreCalledOut() {
        visitor.get("/change-password?client=shop");

        Page advice = visitor.post("/password-help?client=shop",
                Map.of("username", "anabel", "password", "Anabel-Northwind-1!", "confirmPassword", ""), HTMX);
        Page common = visitor.post("/password-help", Map.of("password", "Password1!"), HTMX);

        assertThat(advice.text()).contains("must not contain your username")
            .contains("must not contain the name Northwind");
        assertThat(common.text()).contains("one of the most common passwords")
            .containsPattern("Strength (Very weak|Weak) ");
    }

    @Test
    void withoutJavaScriptACommonPasswordIsRefusedOnSubmitAndNothingChanges() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("common"));
        visitor.get("/change-password");

        Page page = visitor.post("/change-password", Map.of("username", user, "currentPassword",
                TestPool.DEFAULT_PASSWORD, "password", "Password1!", "confirmPassword", "Password1!"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.textOf("password-error")).contains("one of the most common passwords");
        assertThat(AwsStub.shared().calls("InitiateAuth", user)).isZero();
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
    }

    @Test
    void theUsernameInTheNewPasswordIsRefusedOnSubmit() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("named"));
        visitor.get("/change-password");

        Page page = visitor.post("/change-password", Map.of("username", user, "currentPassword",
                TestPool.DEFAULT_PASSWORD, "password", "X-" + user + "-9!", "confirmPassword", "X-" + user + "-9!"));

        assertThat(page.textOf("password-error")).contains("must not contain your username");
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
    }

    @Test
    void liveHelpPausesPastItsLimitAndTheSubmitStillChecks() {
        visitor.get("/reset-required");
        visitor.post("/reset-required", Map.of("username", "ana"));
        visitor.get("/confirm-code");
        for (int i = 0; i < 20; i++) {
            assertThat(visitor.post("/password-help", Map.of("password", "Typed-" + i), HTMX).status()).isEqualTo(200);
        }

        Page paused = visitor.post("/password-help", Map.of("password", "Typed-more"), HTMX);

        assertThat(paused.status()).isEqualTo(429);
        assertThat(paused.body()).isEmpty();
        assertThat(paused.headers().firstValue("Retry-After")).isPresent();
        Page submitted = visitor.post("/confirm-code",
                Map.of("code", "123456", "password", "password", "confirmPassword", "password"));
        assertThat(submitted.textOf("password-error")).contains("one of the most common passwords");
    }

}

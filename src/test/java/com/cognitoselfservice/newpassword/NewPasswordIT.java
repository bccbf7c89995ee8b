package com.cognitoselfservice.newpassword;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import org.springframework.beans.factory.annotation.Autowired;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestClock;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user an administrator gave a temporary password (AdminSetUserPassword without
 * --permanent).
 */
@EmulatorTest(properties = {
        // Shorter than Cognito's 3 minutes, so the test shows the setting is honoured.
        "reset.challenge-validity=2m" })
class NewPasswordIT {

    static final String TEMPORARY = "Temp-pass-1!";

    static final String PERMANENT = "Perm-pass-word-2!";

    final TestPool pool;

    @Autowired
    TestClock clock;

    final AwsStub stub = AwsStub.shared();

    final Visitor visitor;

    String user;

    NewPasswordIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @BeforeEach
    void userWithATemporaryPassword() {
        user = pool.createTemporaryUser(CognitoEmulator.shared().uniqueUsername("tmp"), TEMPORARY);
        assertThat(pool.status(user)).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    }

    @Test
    void temporaryPasswordLeadsToChoosingAPermanentOne() {
        Page newPassword = signInWithTemporaryPassword();
        assertThat(newPassword.text()).contains("Choose your permanent password")
            .contains("Signed in as " + user)
            .contains("Please finish within 120 s");

        Page done = visitor.follow(setPassword(newPassword, PERMANENT, Map.of()));

        assertThat(done.text()).contains("Your password has been changed");
        assertThat(pool.status(user)).isEqualTo(UserStatusType.CONFIRMED);
        assertThat(pool.signsIn(user, PERMANENT)).isTrue();
        assertThat(pool.signsIn(user, TEMPORARY)).isFalse();
    }

    @Test
    void cognitosSessionStaysOnTheServer() {
        Page newPassword = signInWithTemporaryPassword();

        String initiate = stub.responseBodies("InitiateAuth", user).get(0);
        String session = initiate.replaceAll("(?s).*\"Session\": ?\"([^\"]+)\".*", "$1");
        assertThat(session).isNotBlank().isNotEqualTo(initiate);
        assertThat(newPassword.body()).doesNotContain(session);
        assertThat(newPassword.body()).containsPattern("name=\"challenge\" value=\"[0-9a-f-]{36}\"");
    }

    @Test
    void afterTheValidityCognitoIsNotCalledAndTheUserSignsInAgain() {
        Page newPassword = signInWithTemporaryPassword();
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));

        Page expired = setPassword(newPassword, PERMANENT, Map.of());

        assertThat(expired.location()).isEqualTo("/change-password?expired&username=" + user);
        Page again = visitor.follow(expired);
        assertThat(again.text()).contains("Your sign-in expired after 2 minutes, please sign in again.");
        assertThat(again.body()).contains("value=\"" + user + "\"");
        assertThat(stub.calls("RespondToAuthChallenge", user)).isZero();
        assertThat(pool.status(user)).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
        assertThat(visitor.get("/new-password").location()).startsWith("/change-password?restart");
    }

    @Test
    void cognitoSayingTheSessionExpiredReadsTheSame() {
        Page newPassword = signInWithTemporaryPassword();
        // moto never expires a session (and answers a bad one with
        // ResourceNotFoundException).
        stub.answer("RespondToAuthChallenge", user, "NotAuthorizedException",
                "Invalid session for the user, session is expired.");

        Page expired = setPassword(newPassword, PERMANENT, Map.of());

        assertThat(expired.location()).isEqualTo("/change-password?expired&username=" + user);
        assertThat(visitor.follow(expired).text())
            .contains("Your sign-in expired after 2 minutes, please sign in again.");
    }

    @Test
    void anOlderTabIsToldToSignInAgainAndTheNewerOneStillWorks() {
        Page firstTab = signInWithTemporaryPassword();
        Page secondTab = signInWithTemporaryPassword();

        Page older = setPassword(firstTab, PERMANENT, Map.of());
        assertThat(older.location()).isEqualTo("/change-password?restart&username=" + user);
        assertThat(visitor.follow(older).text()).contains("This sign-in is no longer current");

        Page done = visitor.follow(setPassword(secondTab, PERMANENT, Map.of()));
        assertThat(done.text()).contains("Your password has been changed");
        assertThat(pool.status(user)).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void requiredAttributesGetOneLabelledFieldEach() {
        String session = pool.newPasswordSession(user, TEMPORARY);
        // moto sends no requiredAttributes; the stub answers with the real session and
        // what AWS would send.
        stub.answerBody("InitiateAuth", user, "{\"ChallengeName\":\"NEW_PASSWORD_REQUIRED\",\"Session\":\"" + session
                + "\",\"ChallengeParameters\":{\"USER_ID_FOR_SRP\":\"" + user + "\",\"requiredAttributes\":"
                + "\"[\\\"userAttributes.given_name\\\",\\\"userAttributes.custom:team_name\\\"]\",\"userAttributes\":\"{}\"}}");
        Page newPassword = signInWithTemporaryPassword();
        assertThat(newPassword.text()).contains("Your account also needs:")
            .contains("Given name")
            .contains("Team name");

        Page missing = setPassword(newPassword, PERMANENT, Map.of("userAttributes.given_name", " "));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("Enter your Given name.").contains("Enter your Team name.");

        Page done = visitor.follow(setPassword(missing, PERMANENT,
                Map.of("userAttributes.given_name", "Bob", "userAttributes.custom:team_name", "Blue")));
        assertThat(done.text()).contains("Your password has been changed");
        assertThat(stub.requestBodies("RespondToAuthChallenge", user).get(0))
            .contains("\"userAttributes.given_name\":\"Bob\"")
            .contains("\"userAttributes.custom:team_name\":\"Blue\"");
        assertThat(pool.status(user)).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void passwordBreakingThePolicyIsRefusedAndTheChallengeKept() {
        Page newPassword = signInWithTemporaryPassword();

        Page refused = setPassword(newPassword, "weak", Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.textOf("password-error")).contains("The new password needs at least 8 characters.");
        Page done = visitor.follow(setPassword(refused, PERMANENT, Map.of()));
        assertThat(done.text()).contains("Your password has been changed");
    }

    private Page signInWithTemporaryPassword() {
        visitor.get("/change-password");
        Page sent = visitor.post("/change-password", Map.of("username", user, "currentPassword", TEMPORARY, "password",
                PERMANENT, "confirmPassword", PERMANENT, "_signOutEverywhere", "on"));
        assertThat(sent.location()).as(sent.text()).isEqualTo("/new-password");
        return visitor.follow(sent);
    }

    private Page setPassword(Page page, String password, Map<String, String> attributes) {
        String challenge = page.hiddenValue("challenge");
        Map<String, String> form = new java.util.HashMap<>(attributes);
        form.put("challenge", challenge);
        form.put("password", password);
        form.put("confirmPassword", password);
        return visitor.post("/new-password", form);
    }

}

package com.cognitoselfservice.change;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

@EmulatorTest
@ExtendWith(OutputCaptureExtension.class)
class ChangePasswordIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    final TestPool pool;

    final AwsStub stub = AwsStub.shared();

    final Visitor visitor;

    ChangePasswordIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void newPasswordSignsInTheOldOneFailsAndOtherDevicesAreSignedOut() {
        String user = pool.createUser(unique());
        String otherDevice = pool.accessToken(user, TestPool.DEFAULT_PASSWORD);

        Page done = visitor.follow(change(user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD, true));

        assertThat(done.text()).contains("Your password has been changed");
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isFalse();
        assertThat(pool.accessTokenWorks(otherDevice)).isFalse();
    }

    @Test
    void otherDevicesStaySignedInWhenTheUserSaysSo() {
        String user = pool.createUser(unique());
        String otherDevice = pool.accessToken(user, TestPool.DEFAULT_PASSWORD);

        visitor.follow(change(user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD, false));

        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertThat(pool.accessTokenWorks(otherDevice)).isTrue();
        assertThat(stub.requestBodies("ChangePassword", user)).isEmpty();
    }

    @Test
    void cognitosLockOutIsExplainedWithTheWayToResetInstead() {
        String user = pool.createUser(unique());
        stub.answer("InitiateAuth", user, "NotAuthorizedException", "Password attempts exceeded");
        visitor.get("/change-password");

        Page page = visitor.post("/change-password", Map.of("username", user, "currentPassword",
                TestPool.DEFAULT_PASSWORD, "password", "N3w-pass-word!", "confirmPassword", "N3w-pass-word!"));

        assertThat(page.status()).isEqualTo(429);
        assertThat(page.errorSummary()).startsWith("Too many wrong passwords for this account, so it is locked")
            .contains("up to about 15 minutes")
            .contains("reset your password with a code");
        assertThat(page.body()).contains("/forgot-password?username=" + user);
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
    }

    @Test
    void wrongPasswordUnknownUserAndDisabledUserReadTheSame() {
        String wrong = pool.createUser(unique());
        String disabled = pool.createUser(unique());
        pool.disable(disabled);

        Page wrongPassword = change(wrong, "Not-the-pass-1!", NEW_PASSWORD, true);
        Page unknownUser = changeAs(visitor.another(), unique(), TestPool.DEFAULT_PASSWORD, NEW_PASSWORD, true);
        Page disabledUser = changeAs(visitor.another(), disabled, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD, true);

        for (Page page : new Page[] { wrongPassword, unknownUser, disabledUser }) {
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.errorSummary()).isEqualTo("Incorrect username or password.");
        }
        assertThat(pool.signsIn(wrong, TestPool.DEFAULT_PASSWORD)).isTrue();
    }

    @Test
    void newPasswordEqualToTheCurrentOneIsRefused() {
        String user = pool.createUser(unique());

        Page page = change(user, TestPool.DEFAULT_PASSWORD, TestPool.DEFAULT_PASSWORD, true);

        assertThat(page.textOf("password-error")).isEqualTo("The new password must be different from the current one.");
        assertThat(stub.calls("InitiateAuth", user)).isZero();
    }

    @Test
    void passwordTheCognitoPolicyRefusesShowsTheRule() {
        String user = pool.createUser(unique());
        String proposed = "N3w-pass-" + Integer.toHexString(user.hashCode()) + "!";
        // ChangePassword carries no username, so the stub is keyed on the proposed
        // password.
        stub.answer("ChangePassword", proposed, "InvalidPasswordException",
                "Password did not conform with policy: Password must have symbol characters");

        Page page = change(user, TestPool.DEFAULT_PASSWORD, proposed, true);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.textOf("password-error"))
            .isEqualTo("The new password needs a special character such as ! @ # $ % ^ & *.");
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
    }

    @Test
    void tooManyAttemptsShowTheWaitingTime() {
        String user = pool.createUser(unique());
        for (int i = 0; i < 10; i++) {
            changeAs(visitor.another(), user, "Wrong-pass-" + i + "!", NEW_PASSWORD, true);
        }

        Page refused = changeAs(visitor.another(), user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD, true);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.text()).containsPattern("Too many attempts\\. Please try again in \\d+ s\\.");
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
    }

    @Test
    void cognitoThrottlingIsExplained() {
        String user = pool.createUser(unique());
        stub.answer("InitiateAuth", user, "TooManyRequestsException", "Too many requests");

        Page page = change(user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD, true);

        assertThat(page.status()).isEqualTo(429);
        assertThat(page.text()).contains("Many people are doing this right now. Please try again in 5 s.");
    }

    @Test
    void unconfirmedAccountIsExplained() {
        String user = pool.createUser(unique());
        stub.answer("InitiateAuth", user, "UserNotConfirmedException", "User is not confirmed.");

        Page page = change(user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD, true);

        assertThat(page.text()).contains("This account is not confirmed yet.");
    }

    @Test
    void userAnAdministratorResetGoesToTheResetRequiredPage() {
        String user = pool.createUser(unique());
        pool.adminResetPassword(user);
        // moto signs a RESET_REQUIRED user in with the old password; AWS answers this
        // instead.
        stub.answer("InitiateAuth", user, "PasswordResetRequiredException", "Password reset required for the user");
        visitor.get("/change-password");

        Page page = visitor.post("/change-password",
                form(user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD, true, "https://app.example/login"));

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).isEqualTo("/reset-required?return_to=https://app.example/login&username=" + user);
        assertThat(visitor.follow(page).text()).contains("An administrator requires you to choose a new password");
    }

    @Test
    void clientWithoutPasswordSignInIsExplainedAndLogged(CapturedOutput output) {
        String user = pool.createUser(unique());
        // moto allows USER_PASSWORD_AUTH on any client; AWS refuses it when the client
        // does not enable it.
        stub.answer("InitiateAuth", user, "InvalidParameterException",
                "USER_PASSWORD_AUTH flow not enabled for this client");

        Page page = change(user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD, true);

        assertThat(page.text()).contains("Changing a password by signing in is not enabled for this app yet.");
        assertThat(output).contains("does not allow this sign-in flow");
    }

    @Test
    void federatedUserIsToldToUseTheirProvider() {
        String user = pool.createUser(unique());
        stub.answer("InitiateAuth", user, "NotAuthorizedException", "Incorrect username or password.");
        // moto cannot create EXTERNAL_PROVIDER users, so AdminGetUser answers as AWS does
        // for one.
        stub.answerBody("AdminGetUser", user, "{\"Username\":\"" + user + "\",\"UserStatus\":\"EXTERNAL_PROVIDER\","
                + "\"Enabled\":true,\"UserAttributes\":[]}");

        Page page = change(user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD, true);

        assertThat(page.text()).contains("This account signs in through another provider");
    }

    @Test
    void unsupportedChallengeIsExplainedNotADeadEnd() {
        String user = pool.createUser(unique());
        stub.answerBody("InitiateAuth", user, "{\"ChallengeName\":\"CUSTOM_CHALLENGE\",\"Session\":\"s\","
                + "\"ChallengeParameters\":{\"USER_ID_FOR_SRP\":\"" + user + "\"}}");

        Page page = change(user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD, true);

        assertThat(page.text()).contains("Your account asks for a sign-in step this page does not support.");
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
    }

    @Test
    void tokensNeverReachTheBrowser() {
        String user = pool.createUser(unique());

        Page done = visitor.follow(change(user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD, true));

        String initiate = stub.responseBodies("InitiateAuth", user).get(0);
        String accessToken = initiate.replaceAll("(?s).*\"AccessToken\": ?\"([^\"]+)\".*", "$1");
        assertThat(accessToken).isNotBlank().isNotEqualTo(initiate);
        assertThat(done.body()).doesNotContain(accessToken);
        assertThat(done.headers().map().toString()).doesNotContain(accessToken);
    }

    Page change(String user, String current, String next, boolean signOut) {
        return changeAs(visitor, user, current, next, signOut);
    }

    static Page changeAs(Visitor visitor, String user, String current, String next, boolean signOut) {
        visitor.get("/change-password");
        return visitor.post("/change-password", form(user, current, next, signOut, null));
    }

    static Map<String, String> form(String user, String current, String next, boolean signOut, String returnTo) {
        Map<String, String> form = new HashMap<>(Map.of("username", user, "currentPassword", current, "password", next,
                "confirmPassword", next, "_signOutEverywhere", "on"));
        if (signOut) {
            form.put("signOutEverywhere", "true");
        }
        if (returnTo != null) {
            form.put("return_to", returnTo);
        }
        return form;
    }

    static String unique() {
        return CognitoEmulator.shared().uniqueUsername("chg");
    }

}

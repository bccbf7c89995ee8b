package com.cognitoselfservice.resetrequired;

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
 * A product sends a user here after PasswordResetRequiredException
 * (AdminResetUserPassword).
 */
@EmulatorTest
class ResetRequiredIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    static final String RETURN_TO = "https://app.example/login";

    final TestPool pool;

    final AwsStub stub = AwsStub.shared();

    final Visitor visitor;

    String user;

    ResetRequiredIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @BeforeEach
    void userResetByAnAdministrator() {
        user = pool.createUser(CognitoEmulator.shared().uniqueUsername("reset"));
        pool.adminResetPassword(user);
        assertThat(pool.status(user)).isEqualTo(UserStatusType.RESET_REQUIRED);
    }

    @Test
    void landingPageExplainsAndOffersBothWays() {
        Page page = visitor.get("/reset-required?username=" + user + "&return_to=" + RETURN_TO);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("An administrator requires you to choose a new password")
            .contains("I have the code")
            .contains("Send me a new code");
        assertThat(page.body()).contains("value=\"" + user + "\"").contains("return_to=" + RETURN_TO);
        assertThat(page.setCookies()).noneMatch((cookie) -> cookie.startsWith("SESSION"));
    }

    @Test
    void userWithTheCodeFromTheResetGoesStraightToConfirmWithoutANewCode() {
        visitor.get("/reset-required?username=" + user + "&return_to=" + RETURN_TO);

        Page confirm = visitor.follow(visitor.post("/reset-required",
                Map.of("username", user, "return_to", RETURN_TO, "action", "have-code")));

        assertThat(confirm.text())
            .contains("Enter the code from the message you received when your password was reset");
        assertThat(stub.calls("ForgotPassword", user)).isZero();

        // moto accepts any code and, unlike AWS, leaves the user RESET_REQUIRED
        // afterwards.
        Page done = visitor.follow(visitor.post("/confirm-code",
                Map.of("code", "123456", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)));

        assertThat(done.text()).contains("Your password has been changed").contains("Back to where you came from");
        assertThat(done.body()).contains("href=\"" + RETURN_TO + "\"");
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
    }

    @Test
    void sendMeANewCodeStartsTheForgotFlowInOneClick() {
        visitor.get("/reset-required?username=" + user + "&return_to=" + RETURN_TO);

        Page sent = visitor.post("/forgot-password",
                Map.of("username", user, "return_to", RETURN_TO, "action", "send-code"));

        assertThat(sent.location()).isEqualTo("/confirm-code");
        assertThat(visitor.follow(sent).text()).contains("We sent a code to");
        assertThat(stub.calls("ForgotPassword", user)).isEqualTo(1);
        Page done = visitor.follow(visitor.post("/confirm-code",
                Map.of("code", "123456", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)));
        assertThat(done.body()).contains("href=\"" + RETURN_TO + "\"");
    }

    @Test
    void returnToOutsideTheAllowListIsNeverOffered() {
        String evil = "https://app.example.evil.net/login";
        visitor.get("/reset-required?username=" + user + "&return_to=" + evil);

        visitor.follow(visitor.post("/reset-required", Map.of("username", user, "return_to", evil)));
        Page done = visitor.follow(visitor.post("/confirm-code",
                Map.of("code", "123456", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)));

        assertThat(done.text()).contains("Your password has been changed")
            .doesNotContain("Back to where you came from");
        assertThat(done.body()).doesNotContain("evil");
    }

}

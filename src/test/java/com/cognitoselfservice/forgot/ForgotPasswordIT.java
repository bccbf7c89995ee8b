package com.cognitoselfservice.forgot;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestClock;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

@EmulatorTest
class ForgotPasswordIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    final TestPool pool;

    @Autowired
    TestClock clock;

    final AwsStub stub = AwsStub.shared();

    final Visitor visitor;

    ForgotPasswordIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void newPasswordSignsInAndOldOneFails() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ana"));

        Page confirm = requestCode(user);
        assertThat(confirm.text()).contains("We sent a code to the email address or phone number on your account.")
            .contains("Resetting the password for " + user);

        // moto accepts any code; wrong codes are the stub's job (see
        // wrongCodeChangesNothing).
        Page done = visitor.follow(confirmWith("123456", NEW_PASSWORD));
        assertThat(done.text()).contains("Your password has been changed");

        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isFalse();
        // A client without a secret cannot be allowed to pass the person's address on.
        assertThat(stub.requestBodies("ForgotPassword", user).get(0)).doesNotContain("UserContextData");
    }

    @Test
    void flowStateIsGoneOnceThePasswordIsChanged() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ana"));
        requestCode(user);
        confirmWith("123456", NEW_PASSWORD);

        Page again = visitor.get("/confirm-code");
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.location()).isEqualTo("/forgot-password?expired");
        assertThat(visitor.follow(again).text()).contains("Your session ended before the password was changed");
    }

    @Test
    void wrongCodeChangesNothing() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ana"));
        stub.answer("ConfirmForgotPassword", user, "CodeMismatchException",
                "Invalid verification code provided, please try again.");
        requestCode(user);

        Page page = confirmWith("000000", NEW_PASSWORD);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.textOf("code-error"))
            .isEqualTo("This code is not right. Check the newest message we sent and try again.");
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isFalse();
    }

    @Test
    void passwordBreakingThePolicyIsRefusedBeforeCognitoIsAsked() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ana"));
        requestCode(user);

        Page page = confirmWith("123456", "lowercase only");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.textOf("password-error")).contains("The new password needs an uppercase letter (A-Z).")
            .contains("The new password needs a number (0-9).");
        assertThat(stub.calls("ConfirmForgotPassword", user)).isZero();
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
    }

    @Test
    void passwordsThatDifferAreRefused() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ana"));
        requestCode(user);

        Page page = visitor.post("/confirm-code",
                Map.of("code", "123456", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD + "x"));

        assertThat(page.textOf("confirmPassword-error")).isEqualTo("The two passwords are not the same.");
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
    }

    @Test
    void unknownUserSeesTheSamePageAsAKnownOne() {
        String known = pool.createUser(CognitoEmulator.shared().uniqueUsername("known"));
        String unknown = CognitoEmulator.shared().uniqueUsername("nobody");
        // AWS answers UserNotFoundException when PreventUserExistenceErrors is off; moto
        // fakes a success.
        stub.answer("ForgotPassword", unknown, "UserNotFoundException", "Username/client id combination not found.");

        Page knownPage = requestCode(known);
        Visitor other = visitor.another();
        Page unknownPage = other.follow(postForgot(other, unknown));

        assertThat(unknownPage.status()).isEqualTo(knownPage.status());
        assertThat(shape(unknownPage, unknown)).isEqualTo(shape(knownPage, known));
    }

    @Test
    void theLettersShownComeFromWhatWasTypedNeverFromCognitosSimulatedAnswer() {
        // moto answers an unknown username with a made-up destination (<typed>@h***.com);
        // Cognito's own simulated answer has a shape of its own. Letters taken from
        // either
        // would tell an unknown account from a known one in one request.
        String unknown = CognitoEmulator.shared().uniqueUsername("nobody") + "@example.com";
        String another = CognitoEmulator.shared().uniqueUsername("zed") + "@quiet.org";

        assertThat(sentTo(unknown)).isEqualTo("n***@e***");
        assertThat(sentTo(another)).isEqualTo("z***@q***");
    }

    private String sentTo(String username) {
        Visitor someone = visitor.another();
        Matcher sentTo = Pattern.compile("We sent a code to (\\S+)\\.")
            .matcher(someone.follow(postForgot(someone, username)).text());
        assertThat(sentTo.find()).isTrue();
        return sentTo.group(1);
    }

    @Test
    void accountWithoutVerifiedContactLooksLikeAnyOtherButIsToldToContactSupport() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("unverified"), null, false);
        stub.answer("ForgotPassword", user, "InvalidParameterException",
                "Cannot reset password for the user as there is no registered/verified email or phone_number");

        Page confirm = requestCode(user);

        assertThat(confirm.text()).contains("We sent a code to")
            .contains(
                    "If your account has no verified email address or phone number, no code can be sent: please contact support.");
    }

    @Test
    void codeCanBeSentAgainOnlyAfterTheCooldown() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ana"));
        Page confirm = requestCode(user);
        assertThat(confirm.text()).contains("You can ask for a new code in 60 s.");

        Page tooSoon = visitor.follow(visitor.post("/confirm-code/resend", Map.of()));
        assertThat(tooSoon.text()).contains("Please wait 60 s before asking for another code.");
        assertThat(stub.calls("ForgotPassword", user)).isEqualTo(1);

        clock.advance(Duration.ofSeconds(61));
        Page resent = visitor.follow(visitor.post("/confirm-code/resend", Map.of()));
        assertThat(resent.text()).contains("We sent a new code.");
        assertThat(stub.calls("ForgotPassword", user)).isEqualTo(2);
    }

    @Test
    void resendWithHtmxAnswersOnlyThePartOfThePage() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ana"));
        requestCode(user);
        clock.advance(Duration.ofSeconds(61));

        Page fragment = visitor.post("/confirm-code/resend", Map.of(), Map.of("HX-Request", "true"));

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).startsWith("<section id=\"resend\"").doesNotContain("<h1>");
        assertThat(fragment.text()).contains("We sent a new code.").contains("You can ask for a new code in 60 s.");
    }

    @Test
    void pastItsShareOfCodesAUsernameGetsNoMoreAndIsToldWhenAnotherMayBeAskedFor() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ana"));
        for (int i = 0; i < 5; i++) {
            assertThat(postForgot(visitor.another(), user).status()).isEqualTo(302);
        }

        Page sixth = postForgot(visitor, user);
        Page confirm = visitor.follow(sixth);

        assertThat(confirm.text())
            .contains("We sent codes for this account a short while ago. Enter the newest code you received.")
            .containsPattern("You can ask for a new code in \\d+ s\\.");
        assertThat(stub.calls("ForgotPassword", user)).isEqualTo(5);
    }

    @Test
    void networkFailureShowsServiceUnavailable() {
        String user = CognitoEmulator.shared().uniqueUsername("ana");
        stub.fault("ForgotPassword", user, Fault.CONNECTION_RESET_BY_PEER);

        Page page = postForgot(visitor, user);

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.text()).contains("The password service is not available right now. Nothing was changed.");
    }

    @Test
    void slowCognitoShowsServiceUnavailable() {
        String user = CognitoEmulator.shared().uniqueUsername("ana");
        stub.delay("ForgotPassword", user, Duration.ofSeconds(4));

        Page page = postForgot(visitor, user);

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.text()).contains("Try again").doesNotContain("Exception");
    }

    @Test
    void demoMailboxDoesNotExistOutsideDemoMode() {
        assertThat(visitor.get("/dev/mailbox").status()).isEqualTo(404);
    }

    Page requestCode(String user) {
        Page sent = postForgot(visitor, user);
        assertThat(sent.status()).as(sent.text()).isEqualTo(302);
        assertThat(sent.location()).isEqualTo("/confirm-code");
        return visitor.follow(sent);
    }

    static Page postForgot(Visitor visitor, String user) {
        visitor.get("/forgot-password");
        return visitor.post("/forgot-password", Map.of("username", user));
    }

    Page confirmWith(String code, String password) {
        return visitor.post("/confirm-code", Map.of("code", code, "password", password, "confirmPassword", password));
    }

    private static String shape(Page page, String username) {
        return page.text().replace(username, "USER").replaceAll("[a-z]\\*\\*\\*@[a-z]\\*\\*\\*(\\.[a-z]+)?", "DEST");
    }

}

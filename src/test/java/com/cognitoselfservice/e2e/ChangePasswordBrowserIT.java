package com.cognitoselfservice.e2e;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.cognitoselfservice.e2e.Pages.ChangePasswordPage;
import com.cognitoselfservice.e2e.Pages.MfaCodePage;
import com.cognitoselfservice.e2e.Pages.NewPasswordPage;
import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.Browser;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.TestClock;
import com.cognitoselfservice.support.TestPool;

import static org.assertj.core.api.Assertions.assertThat;

@EmulatorTest
class ChangePasswordBrowserIT {

    static final String TEMPORARY = "Temp-pass-1!";

    static final String NEW_PASSWORD = "N3w-pass-word!";

    final TestPool pool;

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    WebDriver browser;

    ChangePasswordBrowserIT(TestPool pool) {
        this.pool = pool;
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void personChangesTheirPassword() {
        browser = Browser.chromium(true);
        String user = pool.createUser(unique());

        ChangePasswordPage.openFromHome(browser, base()).change(user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD);
        Pages.awaitHeading(browser, "Your password has been changed");

        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isFalse();
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void temporaryPasswordWithTheCountdownRunning() {
        browser = Browser.chromium(true);
        String user = pool.createTemporaryUser(unique(), TEMPORARY);

        ChangePasswordPage.openFromHome(browser, base()).change(user, TEMPORARY, NEW_PASSWORD);
        NewPasswordPage newPassword = NewPasswordPage.shown(browser);
        String first = newPassword.deadline();
        assertThat(first).isEqualTo("Please finish within 180 s: a sign-in is valid for 3 minutes.");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until((driver) -> !newPassword.deadline().equals(first));
        assertThat(newPassword.deadline()).matches("Please finish within 17\\d s: a sign-in is valid for 3 minutes\\.");

        newPassword.choose(NEW_PASSWORD);
        Pages.awaitHeading(browser, "Your password has been changed");

        assertThat(pool.status(user)).isEqualTo(UserStatusType.CONFIRMED);
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void temporaryPasswordWithJavaScriptOff() {
        browser = Browser.chromium(false);
        String user = pool.createTemporaryUser(unique(), TEMPORARY);

        ChangePasswordPage.openFromHome(browser, base()).change(user, TEMPORARY, NEW_PASSWORD);
        NewPasswordPage newPassword = NewPasswordPage.shown(browser);
        assertThat(newPassword.deadline()).isEqualTo("Please finish within 180 s: a sign-in is valid for 3 minutes.");

        newPassword.choose(NEW_PASSWORD);
        Pages.awaitHeading(browser, "Your password has been changed");

        assertThat(pool.status(user)).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void afterThreeMinutesThePersonSignsInAgainWithTheirUsernameKept() {
        browser = Browser.chromium(true);
        String user = pool.createTemporaryUser(unique(), TEMPORARY);
        ChangePasswordPage.openFromHome(browser, base()).change(user, TEMPORARY, NEW_PASSWORD);
        NewPasswordPage newPassword = NewPasswordPage.shown(browser);

        clock.advance(Duration.ofMinutes(3));
        newPassword.choose(NEW_PASSWORD);

        ChangePasswordPage again = ChangePasswordPage.shown(browser);
        assertThat(again.alert()).isEqualTo("Your sign-in expired after 3 minutes, please sign in again.");
        assertThat(again.username()).isEqualTo(user);
        assertThat(pool.status(user)).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    }

    @Test
    void userAnAdministratorResetLandsOnTheResetPage() {
        browser = Browser.chromium(true);
        String user = pool.createUser(unique());
        pool.adminResetPassword(user);
        // moto signs a RESET_REQUIRED user in with the old password; AWS answers this
        // instead.
        AwsStub.shared()
            .answer("InitiateAuth", user, "PasswordResetRequiredException", "Password reset required for the user");

        ChangePasswordPage.openFromHome(browser, base()).change(user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD);

        Pages.awaitHeading(browser, "Choose a new password");
        assertThat(Pages.fieldLabelled(browser, "Username").getAttribute("value")).isEqualTo(user);
    }

    @Test
    void aSignInCodeIsAskedForAndThePasswordChanged() {
        browser = Browser.chromium(true);
        String user = pool.createUser(unique());
        AwsStub stub = AwsStub.shared();
        // moto asks for no sign-in code; the stub answers as Cognito does for a user with
        // SMS MFA, then with the tokens moto issues.
        stub.answerBody("InitiateAuth", user, "{\"ChallengeName\":\"SMS_MFA\",\"Session\":\"mfa-session\","
                + "\"ChallengeParameters\":{\"USER_ID_FOR_SRP\":\"" + user + "\"}}");
        stub.answerBody("RespondToAuthChallenge", user,
                "{\"AuthenticationResult\":{\"AccessToken\":\"" + pool.accessToken(user, TestPool.DEFAULT_PASSWORD)
                        + "\",\"TokenType\":\"Bearer\",\"ExpiresIn\":3600}}");

        ChangePasswordPage.openFromHome(browser, base()).change(user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD);
        MfaCodePage mfa = MfaCodePage.shown(browser);
        assertThat(mfa.lead()).isEqualTo("We sent a sign-in code by text message.");
        mfa.answer("123456", TestPool.DEFAULT_PASSWORD, NEW_PASSWORD);

        Pages.awaitHeading(browser, "Your password has been changed");
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String unique() {
        return CognitoEmulator.shared().uniqueUsername("web");
    }

}

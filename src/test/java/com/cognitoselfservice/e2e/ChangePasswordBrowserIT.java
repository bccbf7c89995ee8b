package com.cognitoselfservice.e2e;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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

        openChangePassword();
        signIn(user, TestPool.DEFAULT_PASSWORD);
        Pages.awaitHeading(browser, "Your password has been changed");

        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isFalse();
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void temporaryPasswordWithTheCountdownRunning() {
        browser = Browser.chromium(true);
        String user = pool.createTemporaryUser(unique(), TEMPORARY);

        openChangePassword();
        signIn(user, TEMPORARY);
        Pages.awaitHeading(browser, "Choose your permanent password");
        String first = deadline();
        assertThat(first).isEqualTo("Please finish within 180 s: a sign-in is valid for 3 minutes.");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until((driver) -> !deadline().equals(first));
        assertThat(deadline()).matches("Please finish within 17\\d s: a sign-in is valid for 3 minutes\\.");

        choosePermanentPassword();

        assertThat(pool.status(user)).isEqualTo(UserStatusType.CONFIRMED);
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void temporaryPasswordWithJavaScriptOff() {
        browser = Browser.chromium(false);
        String user = pool.createTemporaryUser(unique(), TEMPORARY);

        openChangePassword();
        signIn(user, TEMPORARY);
        Pages.awaitHeading(browser, "Choose your permanent password");
        assertThat(deadline()).isEqualTo("Please finish within 180 s: a sign-in is valid for 3 minutes.");

        choosePermanentPassword();

        assertThat(pool.status(user)).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void afterThreeMinutesThePersonSignsInAgainWithTheirUsernameKept() {
        browser = Browser.chromium(true);
        String user = pool.createTemporaryUser(unique(), TEMPORARY);
        openChangePassword();
        signIn(user, TEMPORARY);
        Pages.awaitHeading(browser, "Choose your permanent password");

        clock.advance(Duration.ofMinutes(3));
        Pages.fieldLabelled(browser, "New password").sendKeys(NEW_PASSWORD);
        Pages.fieldLabelled(browser, "New password again").sendKeys(NEW_PASSWORD);
        Pages.press(browser, "Set password");

        Pages.awaitHeading(browser, "Change your password");
        assertThat(browser.findElement(By.cssSelector("p[role='alert']")).getText())
            .isEqualTo("Your sign-in expired after 3 minutes, please sign in again.");
        assertThat(Pages.fieldLabelled(browser, "Username").getAttribute("value")).isEqualTo(user);
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

        openChangePassword();
        signIn(user, TestPool.DEFAULT_PASSWORD);

        Pages.awaitHeading(browser, "Choose a new password");
        assertThat(Pages.fieldLabelled(browser, "Username").getAttribute("value")).isEqualTo(user);
    }

    private void openChangePassword() {
        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.partialLinkText("I want to change my password")).click();
        Pages.awaitHeading(browser, "Change your password");
    }

    private void signIn(String user, String current) {
        Pages.fieldLabelled(browser, "Username").sendKeys(user);
        Pages.fieldLabelled(browser, "Current password").sendKeys(current);
        Pages.fieldLabelled(browser, "New password").sendKeys(NEW_PASSWORD);
        Pages.fieldLabelled(browser, "New password again").sendKeys(NEW_PASSWORD);
        Pages.press(browser, "Change password");
    }

    private void choosePermanentPassword() {
        Pages.fieldLabelled(browser, "New password").sendKeys(NEW_PASSWORD);
        Pages.fieldLabelled(browser, "New password again").sendKeys(NEW_PASSWORD);
        Pages.press(browser, "Set password");
        Pages.awaitHeading(browser, "Your password has been changed");
    }

    private String deadline() {
        return browser.findElement(By.cssSelector("p.deadline")).getText();
    }

    private static String unique() {
        return CognitoEmulator.shared().uniqueUsername("web");
    }

}

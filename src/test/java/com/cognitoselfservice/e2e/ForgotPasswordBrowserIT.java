package com.cognitoselfservice.e2e;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.cognitoselfservice.e2e.Pages.ConfirmCodePage;
import com.cognitoselfservice.e2e.Pages.ForgotPasswordPage;
import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.Browser;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.TestClock;
import com.cognitoselfservice.support.TestPool;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person does in the browser, with and without JavaScript. */
@EmulatorTest
class ForgotPasswordBrowserIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    final TestPool pool;

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    WebDriver browser;

    ForgotPasswordBrowserIT(TestPool pool) {
        this.pool = pool;
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void personWhoForgotTheirPasswordSetsANewOne() {
        browser = Browser.chromium(true);
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ana"));

        ConfirmCodePage confirm = ForgotPasswordPage.openFromHome(browser, base()).requestCode(user);
        assertThat(confirm.status()).isEqualTo("We sent a code to the email address or phone number on your account.");
        assertThat(confirm.resendButton().isEnabled()).as("cooldown running").isFalse();
        assertThat(confirm.resendSection()).containsPattern("You can ask for a new code in \\d+ s\\.");

        // moto accepts any code.
        assertThat(confirm.confirm("123456", NEW_PASSWORD)).isEqualTo("Your password has been changed");

        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isFalse();
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void theWholeFlowWorksWithJavaScriptOff() {
        browser = Browser.chromium(false);
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ana"));

        ConfirmCodePage confirm = ForgotPasswordPage.openFromHome(browser, base()).requestCode(user);
        assertThat(confirm.resendButton().isEnabled()).as("no script to disable it").isTrue();
        WebElement before = browser.findElement(By.id("resend"));
        confirm.resendButton().click();
        // Without script the page itself is sent again: the old one must be gone first.
        Pages.awaitGone(browser, before);
        Pages.awaitText(browser, By.id("resend"), "Please wait");
        assertThat(confirm.resendSection()).containsPattern("Please wait \\d+ s before asking for another code\\.");

        confirm.enter("123456", NEW_PASSWORD, "something else");
        assertThat(Pages.await(browser, By.id("confirmPassword-error")).getText())
            .isEqualTo("The two passwords are not the same.");
        assertThat(new ConfirmCodePage(browser).confirm("123456", NEW_PASSWORD))
            .isEqualTo("Your password has been changed");
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
    }

    @Test
    void newCodeIsSentInPlaceWithHtmxOnceTheCooldownIsOver() {
        browser = Browser.chromium(true);
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ana"));
        ForgotPasswordPage.openFromHome(browser, base()).requestCode(user);

        clock.advance(Duration.ofSeconds(61));
        browser.navigate().refresh();
        ConfirmCodePage confirm = new ConfirmCodePage(browser);
        assertThat(confirm.resendButton().isEnabled()).isTrue();
        browser.findElement(By.id("code")).sendKeys("kept");
        confirm.resendButton().click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(ExpectedConditions.textToBePresentInElementLocated(By.id("resend"), "We sent a new code."));
        assertThat(browser.findElement(By.id("code")).getAttribute("value")).as("page was not reloaded")
            .isEqualTo("kept");
        assertThat(AwsStub.shared().calls("ForgotPassword", user)).isEqualTo(2);
        assertThat(new ConfirmCodePage(browser).resendButton().isEnabled()).isFalse();
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void aNewCodeAskedForWhileCognitoIsDownShowsWhatHappenedAndLeadsBack() {
        browser = Browser.chromium(true);
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ana"));
        ForgotPasswordPage.openFromHome(browser, base()).requestCode(user);
        AwsStub.shared().answer("ForgotPassword", user, "InternalErrorException", "down", 500);
        clock.advance(Duration.ofSeconds(61));
        browser.navigate().refresh();

        new ConfirmCodePage(browser).resendButton().click();

        Pages.awaitHeading(browser, "Service unavailable");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Nothing was changed");
        browser.findElement(By.linkText("Try again")).click();
        Pages.awaitHeading(browser, "Enter the code");
    }

    @Test
    void aNewCodeAskedForOnAFormThatExpiredShowsTheExpiredPage() {
        browser = Browser.chromium(true);
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ana"));
        ForgotPasswordPage.openFromHome(browser, base()).requestCode(user);
        clock.advance(Duration.ofSeconds(61));
        browser.navigate().refresh();
        String firstTab = browser.getWindowHandle();
        // Starting again in another tab gives the browser a new session: the first tab's
        // form belongs to one that has ended.
        browser.switchTo().newWindow(WindowType.TAB);
        ForgotPasswordPage.openFromHome(browser, base()).requestCode(user);
        browser.switchTo().window(firstTab);

        new ConfirmCodePage(browser).resendButton().click();

        Pages.awaitHeading(browser, "This form has expired");
        assertThat(AwsStub.shared().calls("ForgotPassword", user)).isEqualTo(2);
    }

    @Test
    void userAnAdministratorResetEntersTheCodeAndGoesBackToTheProduct() {
        browser = Browser.chromium(true);
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("reset"));
        pool.adminResetPassword(user);

        browser.get(base() + "/reset-required?username=" + user + "&return_to=https://app.example/login");
        assertThat(browser.findElement(By.tagName("main")).getText())
            .contains("An administrator requires you to choose a new password");
        Pages.press(browser, "I have the code");
        Pages.awaitHeading(browser, "Enter the code");
        new ConfirmCodePage(browser).confirm("123456", NEW_PASSWORD);

        assertThat(browser.findElement(By.linkText("Back to where you came from")).getAttribute("href"))
            .isEqualTo("https://app.example/login");
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
    }

    @Test
    void afterAFailedSubmitFocusIsOnTheErrorSummaryWhichLeadsToTheField() {
        browser = Browser.chromium(true);
        ForgotPasswordPage.openFromHome(browser, base());

        Pages.press(browser, "Send code");

        assertThat(Pages.await(browser, By.id("username-error")).getText()).isEqualTo("Enter your username.");
        new WebDriverWait(browser, Duration.ofSeconds(5))
            .until((driver) -> driver.switchTo().activeElement().getAttribute("class").contains("error-summary"));
        browser.findElement(By.linkText("Enter your username.")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
            .until((driver) -> "username".equals(driver.switchTo().activeElement().getAttribute("id")));
    }

    private String base() {
        return "http://localhost:" + port;
    }

}

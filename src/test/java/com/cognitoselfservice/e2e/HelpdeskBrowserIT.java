package com.cognitoselfservice.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import org.springframework.boot.test.web.server.LocalServerPort;

import com.cognitoselfservice.support.Browser;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.TestPool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A helpdesk person requires a reset; the user then sets their own password through the
 * link.
 */
@EmulatorTest(properties = { "admin.enabled=true" })
class HelpdeskBrowserIT {

    final TestPool pool;

    @LocalServerPort
    int port;

    WebDriver browser;

    HelpdeskBrowserIT(TestPool pool) {
        this.pool = pool;
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void helpdeskRequiresAResetAndTheUserChoosesTheirOwnPassword() {
        browser = Browser.chromium(true);
        String helper = pool.createUser(CognitoEmulator.shared().uniqueUsername("helen"));
        pool.addToGroup(helper, "helpdesk");
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ana"));

        browser.get("http://localhost:" + port + "/admin");
        Pages.awaitHeading(browser, "Helpdesk sign-in");
        Pages.fieldLabelled(browser, "Username").sendKeys(helper);
        Pages.fieldLabelled(browser, "Password").sendKeys(TestPool.DEFAULT_PASSWORD);
        Pages.press(browser, "Sign in");
        Pages.awaitHeading(browser, "Find a user");
        Pages.fieldLabelled(browser, "Username or email").sendKeys(user);
        Pages.press(browser, "Search");
        Pages.await(browser, By.linkText(user)).click();
        Pages.awaitHeading(browser, "User " + user);
        browser.findElement(By.linkText("Require a password reset")).click();
        Pages.awaitHeading(browser, "Require a password reset?");
        Pages.press(browser, "Require the reset");
        Pages.awaitText(browser, By.id("user-status"), "RESET_REQUIRED");
        String link = browser.findElement(By.id("reset-link")).getText();
        assertThat(Browser.consoleErrors(browser)).isEmpty();

        browser.manage().deleteAllCookies();
        browser.get(link);
        Pages.awaitHeading(browser, "Choose a new password");
        Pages.press(browser, "Send me a new code");
        // moto accepts any code.
        new Pages.ConfirmCodePage(browser).confirm("123456", "Her-own-pass-1!");

        assertThat(pool.signsIn(user, "Her-own-pass-1!")).isTrue();
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isFalse();
        // AWS makes the user CONFIRMED here; moto leaves RESET_REQUIRED although the new
        // password works.
        assertThat(pool.status(user)).isIn(UserStatusType.RESET_REQUIRED, UserStatusType.CONFIRMED);
    }

}

package com.cognitoselfservice.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import org.springframework.boot.test.web.server.LocalServerPort;

import com.cognitoselfservice.e2e.Pages.AdminSignInPage;
import com.cognitoselfservice.e2e.Pages.AdminUsersPage;
import com.cognitoselfservice.e2e.Pages.NewPasswordPage;
import com.cognitoselfservice.support.Browser;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.TestPool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin console in the browser: a helpdesk person requires a reset and the user sets
 * their own password through the link; a helpdesk person replaces their own temporary
 * password first.
 */
@EmulatorTest(properties = { "admin.enabled=true" })
class AdminConsoleBrowserIT {

    final TestPool pool;

    @LocalServerPort
    int port;

    WebDriver browser;

    AdminConsoleBrowserIT(TestPool pool) {
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

        String link = AdminSignInPage.open(browser, "http://localhost:" + port)
            .signIn(helper, TestPool.DEFAULT_PASSWORD)
            .open(user)
            .requireReset();
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

    @Test
    void aHelpdeskPersonWithATemporaryPasswordChoosesTheirOwnAndEntersTheConsole() {
        browser = Browser.chromium(true);
        String helper = pool.createTemporaryUser(CognitoEmulator.shared().uniqueUsername("newhelp"), "Temp-pass-1!");
        pool.addToGroup(helper, "helpdesk");

        AdminSignInPage.open(browser, "http://localhost:" + port).send(helper, "Temp-pass-1!");
        NewPasswordPage.shown(browser).choose("Own-pass-word-1!");

        AdminUsersPage.shown(browser);
        assertThat(browser.getCurrentUrl()).endsWith("/admin");
        assertThat(pool.status(helper)).isEqualTo(UserStatusType.CONFIRMED);
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

}

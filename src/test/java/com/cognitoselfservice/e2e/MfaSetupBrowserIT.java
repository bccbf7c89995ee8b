package com.cognitoselfservice.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import com.cognitoselfservice.e2e.Pages.ChangePasswordPage;
import com.cognitoselfservice.e2e.Pages.NewPasswordPage;
import com.cognitoselfservice.support.Browser;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Totp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person with a temporary password on a pool that requires an authenticator app, in a
 * browser: they choose a password, read the key off the page into their app (here: RFC
 * 6238, as an app computes it), mistype the first code, then finish. The emulator checks
 * the codes (MOTO_COGNITO_IDP_USER_POOL_ENABLE_TOTP=true).
 */
@EmulatorTest(properties = "reset.support-contact=the helpdesk of a pool that requires an authenticator")
class MfaSetupBrowserIT {

    static final String TEMPORARY = "Temp-pass-1!";

    static final String NEW_PASSWORD = "N3w-pass-word!";

    final TestPool pool;

    @LocalServerPort
    int port;

    WebDriver browser;

    MfaSetupBrowserIT(TestPool pool) {
        this.pool = pool;
    }

    @BeforeEach
    void poolRequiresAnAuthenticator() {
        pool.requireAuthenticatorApp();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPersonSetsUpTheirAuthenticatorAfterChoosingAPassword() throws IOException {
        browser = Browser.chromium(true);
        String user = pool.createTemporaryUser(CognitoEmulator.shared().uniqueUsername("tia"), TEMPORARY);
        ChangePasswordPage.openFromHome(browser, "http://localhost:" + port).change(user, TEMPORARY, NEW_PASSWORD);
        NewPasswordPage.shown(browser).choose(NEW_PASSWORD);

        Pages.awaitHeading(browser, "Set up your authenticator app");
        Axe.assertAccessible(browser, "/mfa-setup");
        Path shot = Path.of("target", "screenshots", "mfa-setup.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        String key = browser.findElement(By.id("authenticator-key")).getText().replace(" ", "");
        assertThat(browser.findElement(By.cssSelector("svg.qr")).getAttribute("aria-label"))
            .isEqualTo("QR code for your authenticator app");

        Pages.fieldLabelled(browser, "Code from your app").sendKeys("000000");
        Pages.press(browser, "Finish");
        Pages.awaitText(browser, By.id("code-error"), "This code is not right");

        Pages.fieldLabelled(browser, "Code from your app").clear();
        Pages.fieldLabelled(browser, "Code from your app").sendKeys(Totp.codeNow(key));
        Pages.fieldLabelled(browser, "Name of this device (optional)").sendKeys("Work phone");
        Pages.press(browser, "Finish");

        Pages.awaitHeading(browser, "Your password has been changed");
        // The mistyped code's page answers 400, which Chromium reports; nothing else.
        assertThat(Browser.consoleErrors(browser)).allMatch((error) -> error.contains("status of 400"));
    }

}

package com.cognitoselfservice.e2e;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import com.cognitoselfservice.support.Browser;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.TestPool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2 AA: axe-core finds no serious or critical violation on any page in any state,
 * and the whole flow can be done with the keyboard alone.
 */
@EmulatorTest(properties = { "reset.products[0].client=shop", "reset.products[0].name=Sunny Shop",
        // Too light for white text: the app darkens it, and axe checks the result.
        "reset.products[0].color=#ffcc00", "reset.products[0].return-urls=https://shop.example/" })
class AccessibilityBrowserIT {

    static final String NEW_PASSWORD = "Qu1et-river-stone!";

    final TestPool pool;

    @LocalServerPort
    int port;

    WebDriver browser;

    AccessibilityBrowserIT(TestPool pool) {
        this.pool = pool;
    }

    @BeforeEach
    void open() {
        browser = Browser.chromium(true);
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void entryPagesEmptyAndWithErrorsInEveryLayout() {
        for (String path : List.of("/", "/forgot-password", "/change-password", "/reset-required?username=ana",
                "/forgot-password?client=shop&return_to=https://shop.example/", "/forgot-password?lang=ar",
                "/change-password?lang=ja", "/forgot-password?client=shop&embed=1", "/forgot-password?client=nope",
                "/no-such-page", "/done")) {
            visit(path);
            assertAccessible(path);
        }
        visit("/forgot-password");
        Pages.press(browser, "Send code");
        Pages.await(browser, By.id("username-error"));
        assertAccessible("forgot-password with an error");
        visit("/forgot-password?client=shop&return_to=https://shop.example/");
        Pages.press(browser, "Cancel");
        Pages.awaitHeading(browser, "Nothing was changed");
        assertAccessible("cancelled, with the way back");
        visit("/change-password");
        browser.findElement(By.id("password")).sendKeys("short");
        Pages.press(browser, "Change password");
        Pages.await(browser, By.id("currentPassword-error"));
        assertAccessible("change-password with errors");
    }

    @Test
    void flowPagesWithCountdownsLiveHelpAndErrors() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("a11y"));
        visit("/forgot-password?username=" + user);
        Pages.press(browser, "Send code");
        Pages.awaitHeading(browser, "Enter the code");
        assertAccessible("confirm-code with the resend countdown running");

        browser.findElement(By.id("password")).sendKeys("Password1!");
        browser.findElement(By.id("confirmPassword")).sendKeys("Password1");
        Pages.awaitText(browser, By.id("password-help"), "The two passwords are not the same.");
        assertAccessible("confirm-code with live help showing problems");

        Pages.press(browser, "Set new password");
        Pages.await(browser, By.id("password-error"));
        assertAccessible("confirm-code with errors");

        String temporary = pool.createTemporaryUser(CognitoEmulator.shared().uniqueUsername("a11y"), "Temp-pass-12!");
        visit("/change-password");
        browser.findElement(By.id("username")).sendKeys(temporary);
        browser.findElement(By.id("currentPassword")).sendKeys("Temp-pass-12!");
        browser.findElement(By.id("password")).sendKeys(NEW_PASSWORD);
        browser.findElement(By.id("confirmPassword")).sendKeys(NEW_PASSWORD);
        Pages.press(browser, "Change password");
        Pages.awaitHeading(browser, "Choose your permanent password");
        assertAccessible("new-password with the sign-in countdown running");
    }

    @Test
    void theWholeResetCanBeDoneWithTheKeyboardAlone() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("keys"));
        visit("/forgot-password");

        tabTo("username").sendKeys(Keys.ENTER);
        Pages.await(browser, By.id("username-error"));
        assertThat(focused().getAttribute("class")).as("focus on the error summary").contains("error-summary");

        tabTo("username").sendKeys(user, Keys.ENTER);
        Pages.awaitHeading(browser, "Enter the code");
        tabTo("code").sendKeys("123456");
        tabTo("password").sendKeys(NEW_PASSWORD);
        tabTo("confirmPassword").sendKeys(NEW_PASSWORD, Keys.ENTER);

        Pages.awaitHeading(browser, "Your password has been changed");
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertAccessible("done");
    }

    private void visit(String path) {
        browser.get("http://localhost:" + port + path);
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    /** Presses Tab until the field has focus, as a keyboard user would. */
    private WebElement tabTo(String id) {
        for (int presses = 0; presses < 40; presses++) {
            if (id.equals(focused().getAttribute("id"))) {
                return focused();
            }
            focused().sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private void assertAccessible(String state) {
        Axe.assertAccessible(browser, state);
    }

}

package com.cognitoselfservice.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.cognitoselfservice.support.Browser;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.HostPage;
import com.cognitoselfservice.support.TestPool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A product embeds the reset pages in an iframe on its own site: the pages are served
 * from 127.0.0.1 and the product from localhost, so they are different sites and the
 * cookies are third-party.
 */
@EmulatorTest
class EmbeddedBrowserIT {

    static final String NEW_PASSWORD = "Fr4med-pass-word!";

    final TestPool pool;

    static HostPage allowedHost = HostPage.start();

    static HostPage otherHost = HostPage.start();

    @LocalServerPort
    int port;

    WebDriver browser;

    EmbeddedBrowserIT(TestPool pool) {
        this.pool = pool;
    }

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) {
        // A list binds from one property source: the whole product is set here.
        registry.add("reset.products[0].client", () -> "shop");
        registry.add("reset.products[0].name", () -> "Shop");
        registry.add("reset.products[0].frame-ancestors", allowedHost::origin);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterAll
    static void stopHosts() {
        allowedHost.close();
        otherHost.close();
    }

    @Test
    void aProductEmbedsTheFlowAndHearsThatItIsDone() {
        browser = Browser.chromium(true);
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("framed"));
        openHost(allowedHost, "/forgot-password?client=shop&embed=1&username=" + user);

        browser.switchTo().frame("reset");
        assertThat(browser.findElements(By.className("site-header"))).as("no outer chrome").isEmpty();
        Pages.press(browser, "Send code");
        Pages.awaitHeading(browser, "Enter the code");
        // moto accepts any code.
        Pages.fieldLabelled(browser, "Code").sendKeys("123456");
        Pages.fieldLabelled(browser, "New password").sendKeys(NEW_PASSWORD);
        Pages.fieldLabelled(browser, "New password again").sendKeys(NEW_PASSWORD);
        Pages.press(browser, "Set new password");
        Pages.awaitHeading(browser, "Your password has been changed");

        browser.switchTo().defaultContent();
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "password-reset:done"));
        assertThat(browser.findElement(By.id("messages")).getText().strip())
            .isEqualTo("{\"type\":\"password-reset:done\",\"username\":\"" + user + "\"}");
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
    }

    @Test
    void cancellingTellsTheProductAndChangesNothing() {
        browser = Browser.chromium(true);
        openHost(allowedHost, "/change-password?client=shop&embed=1");

        browser.switchTo().frame("reset");
        Pages.press(browser, "Cancel");
        Pages.awaitHeading(browser, "Nothing was changed");

        browser.switchTo().defaultContent();
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "cancelled"));
        assertThat(browser.findElement(By.id("messages")).getText().strip()).isEqualTo("{\"type\":\"cancelled\"}");
    }

    @Test
    void anotherSiteCannotFrameThePages() {
        browser = Browser.chromium(true);
        openHost(otherHost, "/forgot-password?client=shop&embed=1");

        browser.switchTo().frame("reset");
        assertThat(browser.findElements(By.tagName("form"))).as("the browser refused to show the page").isEmpty();
        browser.switchTo().defaultContent();
        assertThat(Browser.consoleErrors(browser)).anyMatch((error) -> error.contains("frame-ancestors"));
    }

    private void openHost(HostPage host, String path) {
        String app = "http://127.0.0.1:" + port + path;
        browser.get(host.origin() + "/?app=" + URLEncoder.encode(app, StandardCharsets.UTF_8));
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(ExpectedConditions.presenceOfElementLocated(By.id("reset")));
    }

}

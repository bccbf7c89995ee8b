package com.cognitoselfservice.e2e;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.Browser;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.TestClock;
import com.cognitoselfservice.support.TestPool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form challenged (the pressure threshold at zero), at the shipped lowest
 * difficulty: Chromium solves real challenges as a person sends the forms.
 */
@EmulatorTest(properties = "reset.proof-of-work.from=0")
class ProofOfWorkBrowserIT {

    @Autowired
    TestClock clock;

    static final String NEW_PASSWORD = "N3w-pass-word!";

    final TestPool pool;

    final AwsStub stub = AwsStub.shared();

    @LocalServerPort
    int port;

    WebDriver browser;

    ProofOfWorkBrowserIT(TestPool pool) {
        this.pool = pool;
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theBrowserSolvesTheChallengeAsTheFormIsSent() {
        browser = Browser.chromium(true);
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ana"));
        open("/forgot-password");
        assertThat(browser.findElement(By.tagName("main")).getText())
            .contains("your browser does a moment of work when you send this form");

        Pages.fieldLabelled(browser, "Username").sendKeys(user);
        Pages.press(browser, "Send code");

        Pages.awaitHeading(browser, "Enter the code");
        assertThat(stub.calls("ForgotPassword", user)).isEqualTo(1);
        assertThat(Browser.consoleErrors(browser)).isEmpty();
    }

    @Test
    void aFormSentBeforeTheWorkIsDoneWaitsForIt() {
        browser = Browser.chromium(true);
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("dan"));
        open("/forgot-password");
        Pages.fieldLabelled(browser, "Username").sendKeys(user);
        // As if the person pressed the button before the work started on loading was
        // done.
        ((JavascriptExecutor) browser).executeScript(
                "var field = document.querySelector(\"input[name='altcha']\"); field.value = ''; delete field.proofOfWork;");

        Pages.press(browser, "Send code");

        Pages.awaitHeading(browser, "Enter the code");
        assertThat(stub.calls("ForgotPassword", user)).isEqualTo(1);
    }

    @Test
    void theKeyboardFlowIsUnchanged() {
        browser = Browser.chromium(true);
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ben"));
        open("/change-password");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("currentPassword")).sendKeys(TestPool.DEFAULT_PASSWORD);
        browser.findElement(By.id("password")).sendKeys(NEW_PASSWORD);
        browser.findElement(By.id("confirmPassword")).sendKeys(NEW_PASSWORD + Keys.ENTER);

        Pages.awaitHeading(browser, "Your password has been changed");
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
    }

    @Test
    void withoutJavaScriptThePageSaysHowLongToWaitAndTheFormThenGoesThrough() {
        browser = Browser.chromium(false);
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("cay"));
        open("/forgot-password");
        assertThat(browser.findElement(By.tagName("main")).getText())
            .contains("Without it, send the form anyway: the next page says how long to wait");

        Pages.fieldLabelled(browser, "Username").sendKeys(user);
        Pages.press(browser, "Send code");

        Pages.awaitText(browser, By.tagName("main"), "Without JavaScript: please wait");
        assertThat(stub.calls("ForgotPassword", user)).isZero();
        Matcher wait = Pattern.compile("please wait (\\d+) s")
            .matcher(browser.findElement(By.tagName("main")).getText());
        assertThat(wait.find()).isTrue();

        clock.advance(Duration.ofSeconds(Long.parseLong(wait.group(1)) + 1));
        Pages.press(browser, "Send code");

        Pages.awaitHeading(browser, "Enter the code");
        assertThat(stub.calls("ForgotPassword", user)).isEqualTo(1);
    }

    @Test
    void challengedFormsAreAccessible() {
        browser = Browser.chromium(true);
        for (String path : new String[] { "/forgot-password", "/change-password", "/forgot-password?lang=ar" }) {
            open(path);
            Axe.assertAccessible(browser, path + " with a challenge");
        }
        open("/forgot-password");
        Pages.fieldLabelled(browser, "Username").sendKeys("someone");
        ((JavascriptExecutor) browser)
            .executeScript("document.querySelector(\"input[name='altcha']\").value = 'forged';");
        Pages.press(browser, "Send code");
        Pages.awaitText(browser, By.tagName("main"), "it was used already, too old or altered");
        Axe.assertAccessible(browser, "forgot-password with a refused solution and a new challenge");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        Pages.await(browser, By.tagName("h1"));
    }

}

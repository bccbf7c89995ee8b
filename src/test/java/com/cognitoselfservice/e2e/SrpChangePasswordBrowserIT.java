package com.cognitoselfservice.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import com.cognitoselfservice.e2e.Pages.ChangePasswordPage;
import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.Browser;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.TestPool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Change password in the browser on an app client that allows only SRP, as the Cognito
 * console makes them (the stub refuses password sign-in for it and checks the claim).
 */
@EmulatorTest(properties = "cognito.sign-in-flow=srp")
class SrpChangePasswordBrowserIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    final TestPool pool;

    @LocalServerPort
    int port;

    WebDriver browser;

    SrpChangePasswordBrowserIT(TestPool pool) {
        this.pool = pool;
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void personChangesTheirPasswordOnAnSrpOnlyClient() {
        AwsStub stub = AwsStub.shared();
        stub.srpPool(pool.clientId(), pool.userPoolId());
        stub.srpOnlyClient(pool.clientId());
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("srp-browser"));
        stub.srpPassword(user, TestPool.DEFAULT_PASSWORD);
        browser = Browser.chromium(true);

        ChangePasswordPage.openFromHome(browser, "http://localhost:" + port)
            .change(user, TestPool.DEFAULT_PASSWORD, NEW_PASSWORD);
        Pages.awaitHeading(browser, "Your password has been changed");

        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertThat(stub.requestBodies("InitiateAuth", user)).singleElement()
            .satisfies((body) -> assertThat(body).contains("USER_SRP_AUTH"));
        assertThat(Browser.consoleErrorsButDroppedChecks(browser)).isEmpty();
    }

}

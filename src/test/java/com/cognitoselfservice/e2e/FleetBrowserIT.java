package com.cognitoselfservice.e2e;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import org.springframework.context.ConfigurableApplicationContext;

import com.cognitoselfservice.e2e.Pages.ConfirmCodePage;
import com.cognitoselfservice.e2e.Pages.ForgotPasswordPage;
import com.cognitoselfservice.support.Browser;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.Fleet;
import com.cognitoselfservice.support.RedisServer;
import com.cognitoselfservice.support.RoundRobinProxy;
import com.cognitoselfservice.support.TestPool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person resets a password in the browser on two instances behind a round-robin proxy,
 * each page, script and form post landing on whichever instance is next.
 */
class FleetBrowserIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    TestPool pool;

    ConfigurableApplicationContext a;

    ConfigurableApplicationContext b;

    RoundRobinProxy proxy;

    WebDriver browser;

    @BeforeEach
    void twoInstancesBehindAProxy() {
        pool = CognitoEmulator.shared().createPool(false);
        a = Fleet.instance(Fleet.settings(pool, RedisServer.shared()));
        b = Fleet.instance(Fleet.settings(pool, RedisServer.shared()));
        proxy = new RoundRobinProxy(List.of(Fleet.port(a), Fleet.port(b)));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        proxy.close();
        a.close();
        b.close();
    }

    @Test
    void personWhoForgotTheirPasswordSetsANewOneWhicheverInstanceAnswers() {
        browser = Browser.chromium(true);
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("ana"));

        ConfirmCodePage confirm = ForgotPasswordPage.openFromHome(browser, "http://localhost:" + proxy.port())
            .requestCode(user);
        assertThat(confirm.status()).isEqualTo("We sent a code to the email address or phone number on your account.");
        // moto accepts any code.
        assertThat(confirm.confirm("123456", NEW_PASSWORD)).isEqualTo("Your password has been changed");

        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isFalse();
        assertThat(proxy.served(0)).isPositive();
        assertThat(proxy.served(1)).isPositive();
        assertThat(Browser.consoleErrorsButDroppedChecks(browser)).isEmpty();
    }

}

package com.cognitoselfservice.errorpages;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.RawHttp;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route answers a page for every state a browser can be in: no session, a reset in
 * progress, a sign-in waiting for its challenge, a signed-in admin, a flow just finished.
 * Nothing a client sends makes it answer 500.
 */
@EmulatorTest(properties = "admin.enabled=true")
@ExtendWith(OutputCaptureExtension.class)
class EveryRouteIT {

    static final List<String> GET_ROUTES = List.of("/", "/forgot-password", "/confirm-code", "/reset-required",
            "/change-password", "/new-password", "/mfa-code", "/done", "/cancel", "/password-help",
            "/confirm-code/resend", "/form-expired", "/admin", "/admin/sign-in", "/admin/new-password", "/admin/audit",
            "/admin/user?username=x", "/admin/user/password?username=x", "/dev/mailbox", "/no-such-page",
            "/done?client=nope", "/forgot-password?client=nope");

    static final Pattern ONE_HEADING = Pattern.compile("(?s)^(?:(?!<h1[ >]).)*<h1[ >](?:(?!<h1[ >]).)*$");

    final TestPool pool;

    final Visitor visitor;

    EveryRouteIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void everyGetRouteAnswersAPageWithOneHeadingInEveryKindOfSession() {
        Map<String, Visitor> states = Map.of("no session", visitor.another(), "reset in progress", resetInProgress(),
                "sign-in challenge", challenged(), "admin", signedInAdmin(), "flow just finished", justFinished());
        states.forEach((state, browser) -> {
            for (String route : GET_ROUTES) {
                Page page = browser.get(route);
                assertThat(page.status()).as(state + " " + route).isLessThan(500);
                if (page.status() < 300 || page.status() >= 400) {
                    assertThat(page.body()).as(state + " " + route).matches(ONE_HEADING);
                }
            }
            // The pages that say the service cannot be used answer as such, and are
            // pages.
            assertThat(browser.get("/unavailable").body()).as(state).matches(ONE_HEADING);
            assertThat(browser.get("/misconfigured").body()).as(state).matches(ONE_HEADING);
        });
    }

    @Test
    void indexedOrNestedFieldNamesAreIgnoredNotAnError() {
        for (String route : List.of("/forgot-password", "/change-password", "/reset-required", "/admin/sign-in")) {
            Visitor someone = visitor.another();
            someone.get(route);
            Page page = someone.post(route, Map.of("username[0]", "x", "username.bytes", "y", "password[1]", "z"));
            assertThat(page.status()).as(route).isEqualTo(400);
            assertThat(page.body()).as(route).matches(ONE_HEADING).contains("Enter your username.");
        }
    }

    @Test
    void undecodableParametersGetA400PageAndNeverReachTheLog(CapturedOutput output) {
        for (String path : List.of("/password-help?x=%FF", "/forgot-password?password=%FFsecret-in-query",
                "/admin/sign-in?password=%C3%28secret-in-query")) {
            Page page = visitor.get(path);
            assertThat(page.status()).as(path).isEqualTo(400);
            assertThat(page.body()).matches(ONE_HEADING);
        }
        visitor.get("/forgot-password");
        Page posted = visitor.postRaw("/forgot-password", Map.of(), Map.of());
        assertThat(posted.status()).isLessThan(500);

        assertThat(output).doesNotContain("secret-in-query").doesNotContain("Character decoding failed");
        assertThat(output.toString().lines().filter((line) -> line.contains("could not be decoded")).count())
            .isLessThanOrEqualTo(1);
    }

    @Test
    void anAcceptHeaderNoBrowserSendsGetsA400PageAndAtMostOneLogLineAMinute(CapturedOutput output) {
        for (String path : List.of("/", "/forgot-password", "/assets/css/app.css", "/no-such-page")) {
            for (String accept : List.of("text/html;;q=x", "=", "text/")) {
                RawHttp.Answer answer = RawHttp.send(visitor.base().getPort(),
                        ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept
                                + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                assertThat(answer.status()).as(path + " " + accept).isEqualTo(400);
                assertThat(answer.body()).matches(ONE_HEADING);
            }
        }

        assertThat(output).doesNotContain("WelcomePageHandlerMapping");
        assertThat(output.toString().lines().filter((line) -> line.contains("Accept header")).count())
            .isLessThanOrEqualTo(1);
    }

    @Test
    void redirectsNameNoHostWhateverTheHostHeaderSays() throws IOException {
        String response = rawGet("/confirm-code", "evil.example");

        assertThat(response).startsWith("HTTP/1.1 302")
            .containsPattern("(?m)^Location: /forgot-password\\?expired\\r?$")
            .doesNotContain("evil.example");
    }

    @Test
    void pagesSayWhatTheyMayUseAndWhoMayOpenThem() {
        Page page = visitor.get("/forgot-password");

        assertThat(page.headers().firstValue("Permissions-Policy"))
            .hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()").contains("geolocation=()"));
        assertThat(page.headers().firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Cross-Origin-Resource-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("plain http").isEmpty();
        assertThat(visitor.get("/admin/sign-in").headers().firstValue("Cross-Origin-Opener-Policy"))
            .hasValue("same-origin");
    }

    private Visitor resetInProgress() {
        Visitor browser = visitor.another();
        browser.get("/reset-required");
        browser.post("/reset-required", Map.of("username", "ana"));
        return browser;
    }

    private Visitor challenged() {
        String user = pool.createTemporaryUser(unique("tmp"), "Temp-pass-1!");
        Visitor browser = visitor.another();
        browser.get("/change-password");
        browser.post("/change-password", Map.of("username", user, "currentPassword", "Temp-pass-1!", "password",
                "Perm-pass-word-2!", "confirmPassword", "Perm-pass-word-2!"));
        return browser;
    }

    private Visitor signedInAdmin() {
        String person = pool.createUser(unique("helen"));
        pool.addToGroup(person, "helpdesk");
        Visitor browser = visitor.another();
        browser.get("/admin/sign-in");
        browser.post("/admin/sign-in", Map.of("username", person, "password", TestPool.DEFAULT_PASSWORD));
        return browser;
    }

    private Visitor justFinished() {
        String user = pool.createUser(unique("done"));
        Visitor browser = visitor.another();
        browser.get("/change-password");
        browser.post("/change-password", Map.of("username", user, "currentPassword", TestPool.DEFAULT_PASSWORD,
                "password", "N3w-pass-word!", "confirmPassword", "N3w-pass-word!"));
        return browser;
    }

    private String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket("localhost", visitor.base().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String unique(String prefix) {
        return CognitoEmulator.shared().uniqueUsername(prefix);
    }

}

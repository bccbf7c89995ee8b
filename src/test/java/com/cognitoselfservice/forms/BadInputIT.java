package com.cognitoselfservice.forms;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever is typed or sent, the answer is a page with a message: never a 500, a trace or
 * raw HTML.
 */
@EmulatorTest
class BadInputIT {

    static final List<String> BAD_USERNAMES = List.of("", " ", "x".repeat(129), "x".repeat(3000), "a\u0000b",
            "bell\u0007", "tab\tinside", "line\nbreak", "two words", "\"><img src=x onerror=alert(1)>", "\u202Eevil");

    // Valid by the AWS username pattern, however odd: they must be handled as any other
    // name.
    static final List<String> ODD_USERNAMES = List.of("<script>alert(1)</script>", "'OR'1'='1", "\uD83D\uDE00\u0301",
            "%00", "${7*7}", "#{7*7}", "__${T(java.lang.Runtime)}__");

    static final List<String> BAD_CODES = List.of("", " ", "x".repeat(2049), "12 34", "a\u0000b", "line\nbreak",
            "\"><img src=x onerror=alert(1)>");

    static final List<String> BAD_PASSWORDS = List.of("", "x".repeat(257), "a\u0000b-Pass-1", "bell\u0007-Pass-1",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", " Leading-space-1");

    final TestPool pool;

    final Visitor visitor;

    BadInputIT(TestPool pool, Visitor visitor) {
        this.visitor = visitor;
        this.pool = pool;
    }

    @Test
    void badUsernamesGetAMessageNextToTheField() {
        for (String value : BAD_USERNAMES) {
            for (String path : List.of("/forgot-password", "/reset-required")) {
                Visitor someone = visitor.another();
                someone.get(path);
                Page page = someone.post(path, Map.of("username", value));
                assertThat(page.status()).as(path + " " + value).isEqualTo(400);
                assertThat(page.textOf("username-error")).as(value).isNotEmpty();
                assertSafe(page);
            }
        }
    }

    @Test
    void oddButValidUsernamesAreTreatedAsAnyOther() {
        for (String value : ODD_USERNAMES) {
            Visitor someone = visitor.another();
            someone.get("/forgot-password");
            Page sent = someone.post("/forgot-password", Map.of("username", value));
            assertThat(sent.status()).as(value).isEqualTo(302);
            Page confirm = someone.follow(sent);
            assertThat(confirm.text()).contains("We sent a code to")
                .contains("Resetting the password for " + value)
                .doesNotContain("49");
            assertSafe(confirm);
        }
    }

    @Test
    void badCodesAndPasswordsGetAMessageAndChangeNothing() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("bad"));
        visitor.get("/forgot-password");
        visitor.follow(visitor.post("/forgot-password", Map.of("username", user)));
        for (String code : BAD_CODES) {
            assertRefused(
                    visitor.post("/confirm-code",
                            Map.of("code", code, "password", "N3w-pass-word!", "confirmPassword", "N3w-pass-word!")),
                    "code-error");
        }
        for (String password : BAD_PASSWORDS) {
            assertRefused(
                    visitor.post("/confirm-code",
                            Map.of("code", "123456", "password", password, "confirmPassword", password)),
                    "password-error");
            assertRefused(
                    visitor.post("/confirm-code",
                            Map.of("code", "123456", "password", "N3w-pass-word!", "confirmPassword", password)),
                    "confirmPassword-error");
        }
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
    }

    @Test
    void badChangePasswordInputGetsAMessageAndChangesNothing() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("bad"));
        visitor.get("/change-password");
        for (String username : BAD_USERNAMES) {
            assertRefused(visitor.post("/change-password", Map.of("username", username, "currentPassword",
                    TestPool.DEFAULT_PASSWORD, "password", "N3w-pass-word!", "confirmPassword", "N3w-pass-word!")),
                    "username-error");
        }
        for (String password : BAD_PASSWORDS) {
            assertRefused(
                    visitor.post("/change-password", Map.of("username", user, "currentPassword",
                            TestPool.DEFAULT_PASSWORD, "password", password, "confirmPassword", password)),
                    "password-error");
        }
        assertRefused(visitor.post("/change-password", Map.of("username", user, "currentPassword", "x".repeat(257),
                "password", "N3w-pass-word!", "confirmPassword", "N3w-pass-word!")), "currentPassword-error");
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
    }

    @Test
    void challengePagesWithoutAChallengeSendTheUserToSignIn() {
        visitor.get("/change-password");
        for (String path : List.of("/new-password", "/mfa-code")) {
            Page page = visitor.post(path, Map.of("challenge", "<script>", "password", "N3w-pass-word!",
                    "confirmPassword", "N3w-pass-word!", "code", "1"));
            assertThat(page.status()).isEqualTo(302);
            assertThat(page.location()).startsWith("/change-password?restart");
        }
    }

    @Test
    void entryParametersThatCannotBeValidAreDroppedNotReflected() {
        Page page = visitor
            .get("/forgot-password?username=%3Cscript%3Ealert(1)%3C/script%3E" + "&return_to=javascript:alert(1)");
        assertThat(page.status()).isEqualTo(200);
        assertSafe(page);
        assertThat(page.body()).doesNotContain("javascript:");
    }

    @Test
    void unknownPagesAndWrongMethodsGetAPlainPage() {
        Page missing = visitor.get("/no-such-page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).contains("There is no page at this address.");
        visitor.get("/forgot-password");
        Page wrongMethod = visitor.post("/done", Map.of());
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertSafe(wrongMethod);
    }

    private static void assertRefused(Page page, String errorId) {
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.textOf(errorId)).isNotEmpty();
        assertSafe(page);
    }

    private static void assertSafe(Page page) {
        assertThat(page.status()).isNotEqualTo(500);
        assertThat(page.body()).doesNotContain("<script>alert")
            .doesNotContain("<img src=x")
            .doesNotContain("Exception")
            .doesNotContain("at org.")
            .doesNotContain("Whitelabel");
    }

}

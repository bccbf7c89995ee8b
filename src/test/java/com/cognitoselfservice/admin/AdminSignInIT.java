package com.cognitoselfservice.admin;

import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import org.springframework.boot.test.system.CapturedOutput;

import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in to the console: the group decides, wrong passwords read as everywhere, a
 * temporary password is replaced first, signing out ends the session.
 */
class AdminSignInIT extends SignedInConsole {

    AdminSignInIT(TestPool pool, Visitor visitor) {
        super(pool, visitor);
    }

    @Test
    void withoutASessionEveryConsolePageAsksToSignIn() {
        Visitor anonymous = visitor;
        for (String path : new String[] { "/admin", "/admin/user?username=x", "/admin/audit",
                "/admin/user/password?username=x" }) {
            Page page = anonymous.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).isEqualTo("/admin/sign-in");
        }
        anonymous.get("/admin/sign-in");
        assertThat(anonymous.post("/admin/user/reset", Map.of("username", "x")).location()).isEqualTo("/admin/sign-in");
    }

    @Test
    void someoneOutsideTheGroupGets403() {
        String user = pool.createUser(unique("ana"));
        visitor.get("/admin/sign-in");

        Page refused = visitor.post("/admin/sign-in", Map.of("username", user, "password", TestPool.DEFAULT_PASSWORD));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("Your account is not in the \"helpdesk\" group");
        assertThat(visitor.get("/admin").location()).isEqualTo("/admin/sign-in");
    }

    @Test
    void wrongPasswordGetsTheSameWordsAsEverywhere() {
        visitor.get("/admin/sign-in");

        Page page = visitor.post("/admin/sign-in", Map.of("username", helpdeskUser, "password", "Wrong-pass-1!"));

        assertThat(page.errorSummary()).isEqualTo("Incorrect username or password.");
    }

    @Test
    void failedSignInsAreAuditedWithTheUsernameOnlyWhenItIsAnAccount(CapturedOutput output) {
        String target = unique("mallory") + "<b>";
        visitor.get("/admin/sign-in");
        visitor.post("/admin/sign-in", Map.of("username", target, "password", "Wrong-pass-1!"));
        visitor.get("/admin/sign-in");
        visitor.post("/admin/sign-in", Map.of("username", helpdeskUser, "password", "Wrong-pass-2!"));

        String audit = helpdesk.get("/admin/audit").text();
        assertThat(audit).contains("anonymous sign-in (not an account) failed: UserNotFoundException")
            .contains("anonymous sign-in " + helpdeskUser + " failed: NotAuthorizedException")
            .doesNotContain("mallory")
            .doesNotContain("Wrong-pass-");
        assertThat(output).contains("\"target\":\"(not an account)\",\"outcome\":\"failed: UserNotFoundException\"")
            .doesNotContain("mallory")
            .doesNotContain("Wrong-pass-");
    }

    @Test
    void helpdeskPersonWithATemporaryPasswordSetsTheirOwnFirst() {
        String person = pool.createTemporaryUser(unique("newhelp"), "Temp-pass-1!");
        pool.addToGroup(person, "helpdesk");
        visitor.get("/admin/sign-in");

        Page challenge = visitor
            .follow(visitor.post("/admin/sign-in", Map.of("username", person, "password", "Temp-pass-1!")));
        assertThat(challenge.text()).contains("Choose your permanent password");
        String id = challenge.hiddenValue("challenge");
        Page admitted = visitor.post("/admin/new-password",
                Map.of("challenge", id, "password", "Own-pass-word-1!", "confirmPassword", "Own-pass-word-1!"));

        assertThat(admitted.location()).isEqualTo("/admin");
        assertThat(visitor.follow(admitted).text()).contains("Find a user");
        assertThat(pool.status(person)).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void signingOutEndsTheConsoleSession() {
        Page out = helpdesk.post("/admin/sign-out", Map.of());

        assertThat(out.location()).isEqualTo("/admin/sign-in?signedOut");
        assertThat(helpdesk.get("/admin").location()).isEqualTo("/admin/sign-in");
    }

}

package com.cognitoselfservice.admin;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import org.springframework.boot.test.system.CapturedOutput;

import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requiring a password reset, with the seed's fix for a user without a verified email,
 * and every documented error of AdminResetUserPassword.
 */
class ResetPasswordIT extends SignedInConsole {

    ResetPasswordIT(TestPool pool, Visitor visitor) {
        super(pool, visitor);
    }

    @Test
    void requiringAResetMakesTheUserResetRequiredAndGivesTheLink(CapturedOutput output) {
        String user = pool.createUser(unique("ana"));

        Page confirm = helpdesk.get("/admin/user/reset?username=" + user);
        assertThat(confirm.text()).contains("Require a password reset?");
        assertThat(pool.status(user)).isEqualTo(UserStatusType.CONFIRMED);

        Page done = helpdesk.post("/admin/user/reset", Map.of("username", user));

        assertThat(done.text()).contains("Done: the user must now choose a new password.")
            .contains("RESET_REQUIRED")
            .contains("/reset-required?username=" + user);
        assertThat(pool.status(user)).isEqualTo(UserStatusType.RESET_REQUIRED);
        assertThat(helpdesk.get("/admin/audit").text())
            .contains(helpdeskUser + " require-password-reset " + user + " success");
        assertThat(output).contains("\"action\":\"require-password-reset\"").contains("\"target\":\"" + user + "\"");
    }

    @Test
    void withoutAVerifiedEmailTheSeedsFixIsOfferedAndWorks() {
        String user = pool.createUser(unique("unverified"), unique("u") + "@example.com", false);

        Page refused = helpdesk.post("/admin/user/reset", Map.of("username", user));
        assertThat(refused.text())
            .contains("Cannot reset password for the user as there is no registered/verified email or phone_number")
            .contains("Mark the email as verified and retry");
        assertThat(pool.status(user)).isEqualTo(UserStatusType.CONFIRMED);

        assertThat(helpdesk.get("/admin/user/verify-email?username=" + user).text())
            .contains("Mark the email as verified and retry?");
        Page fixed = helpdesk.post("/admin/user/verify-email", Map.of("username", user));

        assertThat(fixed.text()).contains("Done: the user must now choose a new password.");
        assertThat(pool.emailVerified(user)).isTrue();
        assertThat(pool.status(user)).isEqualTo(UserStatusType.RESET_REQUIRED);
    }

    @Test
    void aUserWithATemporaryPasswordCannotBeResetAndIsToldWhy() {
        String user = pool.createTemporaryUser(unique("tmp"), "Temp-pass-1!");

        Page page = helpdesk.post("/admin/user/reset", Map.of("username", user));

        assertThat(page.text()).contains("User password cannot be reset in the current state");
        assertThat(pool.status(user)).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
    }

    @ParameterizedTest
    @MethodSource("com.cognitoselfservice.admin.SignedInConsole#documentedErrors")
    void everyDocumentedErrorIsExplained(String error, String status, String seen) {
        String user = pool.createUser(unique("err"));
        stub.answer("AdminResetUserPassword", user, error, "message from Cognito", Integer.parseInt(status));

        Page reset = helpdesk.post("/admin/user/reset", Map.of("username", user));

        assertThat(reset.text()).contains(seen).doesNotContain("message from Cognito");
        assertThat(pool.status(user)).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void actionsWithoutTheCsrfTokenChangeNothing() {
        String user = pool.createUser(unique("ana"));

        Page page = helpdesk.postRaw("/admin/user/reset", Map.of("username", user), Map.of());

        assertThat(page.status()).isEqualTo(403);
        assertThat(pool.status(user)).isEqualTo(UserStatusType.CONFIRMED);
    }

}

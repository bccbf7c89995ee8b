package com.cognitoselfservice.admin;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Setting a temporary or a permanent password, and every documented error of
 * AdminSetUserPassword.
 */
class SetPasswordIT extends SignedInConsole {

    SetPasswordIT(TestPool pool, Visitor visitor) {
        super(pool, visitor);
    }

    @Test
    void temporaryPasswordIsGeneratedShownOnceAndNeverLogged(CapturedOutput output) {
        String user = pool.createUser(unique("ana"));
        helpdesk.get("/admin/user/password?username=" + user);

        Page done = helpdesk.post("/admin/user/password", Map.of("username", user, "permanent", "false"));

        Matcher shown = Pattern.compile("id=\"temporary-password\" class=\"code\">([^<]+)<").matcher(done.body());
        assertThat(shown.find()).isTrue();
        String temporary = shown.group(1).replace("&amp;", "&");
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(16);
        assertThat(pool.status(user)).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
        assertThat(pool.signsIn(user, temporary)).isTrue();
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isFalse();
        assertThat(output).doesNotContain(temporary);
        assertThat(helpdesk.get("/admin/audit").body()).doesNotContain(temporary);
    }

    @Test
    void permanentPasswordNeedsTypingTwiceAndAConfirmation() {
        String user = pool.createUser(unique("ana"));
        String permanent = "Perm-pass-word-9!";
        helpdesk.get("/admin/user/password?username=" + user);

        Page unconfirmed = helpdesk.post("/admin/user/password",
                permanentForm(user, permanent, permanent, false, false));
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(unconfirmed.textOf("confirmed-error"))
            .isEqualTo("Confirm that you want to set a permanent password.");
        Page mismatch = helpdesk.post("/admin/user/password",
                permanentForm(user, permanent, permanent + "x", true, false));
        assertThat(mismatch.textOf("confirmPassword-error")).isEqualTo("The two passwords are not the same.");
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();

        Page done = helpdesk.post("/admin/user/password", permanentForm(user, permanent, permanent, true, false));

        assertThat(done.text()).contains("Done: the permanent password is set");
        assertThat(pool.status(user)).isEqualTo(UserStatusType.CONFIRMED);
        assertThat(pool.signsIn(user, permanent)).isTrue();
    }

    @Test
    void federatedUserNeedsAnExtraConfirmationForAPermanentPassword() {
        String user = pool.createUser(unique("fed"));
        // moto cannot make EXTERNAL_PROVIDER users; AdminGetUser answers as AWS does for
        // one.
        stub.answerBody("AdminGetUser", user, "{\"Username\":\"" + user + "\",\"UserStatus\":\"EXTERNAL_PROVIDER\","
                + "\"Enabled\":true,\"UserAttributes\":[]}");
        String permanent = "Perm-pass-word-9!";

        Page page = helpdesk.get("/admin/user/password?username=" + user);
        assertThat(page.text())
            .contains("A permanent password makes them CONFIRMED and able to sign in without the provider");
        Page refused = helpdesk.post("/admin/user/password", permanentForm(user, permanent, permanent, true, false));
        assertThat(refused.textOf("federatedConfirmed-error"))
            .isEqualTo("Confirm that this federated user may sign in with a password.");

        Page done = helpdesk.post("/admin/user/password", permanentForm(user, permanent, permanent, true, true));
        assertThat(done.text()).contains("Done: the permanent password is set");
        assertThat(pool.signsIn(user, permanent)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("com.cognitoselfservice.admin.SignedInConsole#documentedErrors")
    void everyDocumentedErrorIsExplained(String error, String status, String seen) {
        String user = pool.createUser(unique("err"));
        stub.answer("AdminSetUserPassword", user, error, "message from Cognito", Integer.parseInt(status));

        Page set = helpdesk.post("/admin/user/password", Map.of("username", user, "permanent", "false"));

        assertThat(set.text()).contains(seen).doesNotContain("message from Cognito");
        assertThat(pool.status(user)).isEqualTo(UserStatusType.CONFIRMED);
    }

    private static Map<String, String> permanentForm(String user, String password, String again, boolean confirmed,
            boolean federatedConfirmed) {
        Map<String, String> form = new HashMap<>(Map.of("username", user, "permanent", "true", "password", password,
                "confirmPassword", again, "_confirmed", "on", "_federatedConfirmed", "on"));
        if (confirmed) {
            form.put("confirmed", "true");
        }
        if (federatedConfirmed) {
            form.put("federatedConfirmed", "true");
        }
        return form;
    }

}

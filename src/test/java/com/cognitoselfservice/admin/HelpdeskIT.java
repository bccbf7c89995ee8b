package com.cognitoselfservice.admin;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.cognitoselfservice.support.AppAgainstEmulator;
import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

@EmulatorTest
@ExtendWith(OutputCaptureExtension.class)
class HelpdeskIT {

    static final String HELPDESK_PASSWORD = "Helpdesk-pass-1!";

    static TestPool pool;

    static String helpdeskUser;

    @LocalServerPort
    int port;

    final AwsStub stub = AwsStub.shared();

    Visitor helpdesk;

    @DynamicPropertySource
    static void app(DynamicPropertyRegistry registry) {
        pool = CognitoEmulator.shared().createPool(false);
        AppAgainstEmulator.register(registry, pool, false);
        registry.add("admin.enabled", () -> "true");
        registry.add("admin.group", () -> "helpdesk");
        // The helpdesk person signs in before every test; the per-username limit is
        // tested elsewhere.
        registry.add("reset.limits.sign-ins-per-username", () -> "100000");
    }

    @BeforeEach
    void signedInHelpdeskPerson() {
        if (helpdeskUser == null) {
            helpdeskUser = pool.createUser(unique("helen"));
            pool.adminSetPassword(helpdeskUser, HELPDESK_PASSWORD);
            pool.addToGroup(helpdeskUser, "helpdesk");
        }
        helpdesk = new Visitor(port);
        helpdesk.get("/admin/sign-in");
        Page signedIn = helpdesk.post("/admin/sign-in",
                Map.of("username", helpdeskUser, "password", HELPDESK_PASSWORD));
        assertThat(signedIn.location()).as(signedIn.text()).isEqualTo("/admin");
    }

    @Test
    void withoutASessionEveryConsolePageAsksToSignIn() {
        Visitor anonymous = new Visitor(port);
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
        Visitor visitor = new Visitor(port);
        visitor.get("/admin/sign-in");

        Page refused = visitor.post("/admin/sign-in", Map.of("username", user, "password", TestPool.DEFAULT_PASSWORD));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("Your account is not in the \"helpdesk\" group");
        assertThat(visitor.get("/admin").location()).isEqualTo("/admin/sign-in");
    }

    @Test
    void wrongPasswordGetsTheSameWordsAsEverywhere() {
        Visitor visitor = new Visitor(port);
        visitor.get("/admin/sign-in");

        Page page = visitor.post("/admin/sign-in", Map.of("username", helpdeskUser, "password", "Wrong-pass-1!"));

        assertThat(page.errorSummary()).isEqualTo("Incorrect username or password.");
    }

    @Test
    void findsUsersByUsernamePrefixAndByEmail() {
        String prefix = unique("find");
        String first = pool.createUser(prefix + "-a", "first-" + prefix + "@corp.example", true);
        pool.createUser(prefix + "-b");

        Page byPrefix = helpdesk.get("/admin?q=" + prefix);
        assertThat(byPrefix.text()).contains(prefix + "-a").contains(prefix + "-b").contains("CONFIRMED");

        Page byEmail = helpdesk.get("/admin?q=first-" + prefix + "@");
        assertThat(byEmail.text()).contains(first).doesNotContain(prefix + "-b");

        Page details = helpdesk.get("/admin/user?username=" + first);
        assertThat(details.text()).contains("first-" + prefix + "@corp.example (verified)")
            .contains("CONFIRMED")
            .contains("Created");
    }

    @Test
    void searchTextThatWouldChangeTheFilterIsRefused() {
        Page page = helpdesk.get("/admin?q=a%22%20or%20%22");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("Search text cannot contain quotes");
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

    @Test
    void unknownUserIsExplained() {
        Page page = helpdesk.get("/admin/user?username=" + unique("nobody"));

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).contains("There is no user with this username in the pool.");
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

    static Stream<String[]> documentedErrors() {
        return Stream.of(new String[] { "InternalErrorException", "500", "Cognito had an internal error." },
                new String[] { "InvalidEmailRoleAccessPolicyException", "400", "Cognito is not allowed to send email" },
                new String[] { "InvalidLambdaResponseException", "400", "returned an invalid response" },
                new String[] { "InvalidParameterException", "400", "Cognito refused a value of this request." },
                new String[] { "InvalidSmsRoleAccessPolicyException", "400", "may not publish with Amazon SNS" },
                new String[] { "InvalidSmsRoleTrustRelationshipException", "400",
                        "Cognito cannot assume the pool's SMS role" },
                new String[] { "LimitExceededException", "400", "a Cognito limit was reached" },
                new String[] { "NotAuthorizedException", "400", "check the IAM permissions" },
                new String[] { "ResourceNotFoundException", "400", "The user pool was not found" },
                new String[] { "TooManyRequestsException", "400", "Cognito is throttling requests." },
                new String[] { "UnexpectedLambdaException", "400", "A Lambda trigger of the pool failed." },
                new String[] { "UserLambdaValidationException", "400",
                        "A Lambda trigger of the pool refused this change." },
                new String[] { "UserNotFoundException", "400", "There is no user with this username in the pool." });
    }

    @ParameterizedTest
    @MethodSource("documentedErrors")
    void everyDocumentedErrorOfBothOperationsIsExplained(String error, String status, String seen) {
        String user = pool.createUser(unique("err"));
        stub.answer("AdminResetUserPassword", user, error, "message from Cognito", Integer.parseInt(status));
        stub.answer("AdminSetUserPassword", user, error, "message from Cognito", Integer.parseInt(status));

        Page reset = helpdesk.post("/admin/user/reset", Map.of("username", user));
        Page set = helpdesk.post("/admin/user/password", Map.of("username", user, "permanent", "false"));

        assertThat(reset.text()).contains(seen).doesNotContain("message from Cognito");
        assertThat(set.text()).contains(seen).doesNotContain("message from Cognito");
        assertThat(pool.status(user)).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void actionsWithoutTheCsrfTokenChangeNothing() {
        String user = pool.createUser(unique("ana"));

        Page page = helpdesk.postRaw("/admin/user/reset", Map.of("username", user), Map.of());

        assertThat(page.status()).isEqualTo(403);
        assertThat(pool.status(user)).isEqualTo(UserStatusType.CONFIRMED);
    }

    @Test
    void helpdeskPersonWithATemporaryPasswordSetsTheirOwnFirst() {
        String person = pool.createTemporaryUser(unique("newhelp"), "Temp-pass-1!");
        pool.addToGroup(person, "helpdesk");
        Visitor visitor = new Visitor(port);
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

    private static String unique(String prefix) {
        return CognitoEmulator.shared().uniqueUsername(prefix);
    }

}

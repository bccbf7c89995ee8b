package com.cognitoselfservice.operations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.Fleet;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.RedisServer;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one Redis, as behind a load balancer without sticky sessions: a
 * person's requests may land on either, and what one instance knows the other knows.
 */
class FleetIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    static final String TEMPORARY = "Temp-pass-1!";

    static final String HELPDESK_PASSWORD = "Helpdesk-pass-1!";

    static final RedisServer redis = RedisServer.shared();

    static final AwsStub stub = AwsStub.shared();

    static TestPool pool;

    static ConfigurableApplicationContext a;

    static ConfigurableApplicationContext b;

    @BeforeAll
    static void twoInstances() {
        pool = CognitoEmulator.shared().createPool(false);
        Map<String, Object> settings = new HashMap<>(Fleet.settings(pool, redis));
        settings.put("server.forward-headers-strategy", "native");
        settings.put("reset.limits.code-sends-per-ip", "3");
        settings.put("admin.group", "helpdesk");
        a = Fleet.instance(settings);
        b = Fleet.instance(settings);
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    @Test
    void aForgotFlowWhoseRequestsAlternateBetweenInstancesCompletes() {
        String user = pool.createUser(unique("ana"));
        Visitor visitor = new Visitor(Fleet.port(a));

        visitor.get("/forgot-password");
        Page sent = visitor.moveTo(Fleet.port(b)).post("/forgot-password", Map.of("username", user));
        assertThat(sent.location()).as(sent.text()).isEqualTo("/confirm-code");
        Page confirm = visitor.moveTo(Fleet.port(a)).follow(sent);
        assertThat(confirm.text()).contains("Resetting the password for " + user);
        Page done = visitor.moveTo(Fleet.port(b))
            .post("/confirm-code", Map.of("code", "123456", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));
        assertThat(done.location()).as(done.text()).isEqualTo("/done");
        assertThat(visitor.moveTo(Fleet.port(a)).follow(done).text()).contains("Your password has been changed");

        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isFalse();
    }

    @Test
    void aChallengeStartedOnOneInstanceIsAnsweredOnTheOtherWithinItsValidity() {
        String user = pool.createTemporaryUser(unique("tmp"), TEMPORARY);
        Visitor visitor = new Visitor(Fleet.port(a));
        Page newPassword = signInWithTemporaryPassword(visitor, user);

        Fleet.CLOCK.advance(Duration.ofMinutes(2));
        Page done = visitor.moveTo(Fleet.port(b))
            .post("/new-password", Map.of("challenge", newPassword.hiddenValue("challenge"), "password", NEW_PASSWORD,
                    "confirmPassword", NEW_PASSWORD));

        assertThat(done.location()).as(done.text()).isEqualTo("/done");
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
    }

    @Test
    void aChallengeStartedOnOneInstanceIsRefusedOnTheOtherAfterItsValidity() {
        String user = pool.createTemporaryUser(unique("tmp"), TEMPORARY);
        Visitor visitor = new Visitor(Fleet.port(a));
        Page newPassword = signInWithTemporaryPassword(visitor, user);

        Fleet.CLOCK.advance(Duration.ofMinutes(3).plusSeconds(1));
        Page expired = visitor.moveTo(Fleet.port(b))
            .post("/new-password", Map.of("challenge", newPassword.hiddenValue("challenge"), "password", NEW_PASSWORD,
                    "confirmPassword", NEW_PASSWORD));

        assertThat(expired.location()).isEqualTo("/change-password?expired&username=" + user);
        assertThat(stub.calls("RespondToAuthChallenge", user)).isZero();
        assertThat(pool.signsIn(user, TEMPORARY)).isTrue();
    }

    @Test
    void anInstanceThatStopsMidFlowLeavesTheFlowToTheOther() {
        String user = pool.createUser(unique("ana"));
        ConfigurableApplicationContext stopping = Fleet.instance(Fleet.settings(pool, redis));
        Visitor visitor = new Visitor(Fleet.port(stopping));
        visitor.get("/forgot-password");
        assertThat(visitor.post("/forgot-password", Map.of("username", user)).location()).isEqualTo("/confirm-code");
        visitor.get("/confirm-code");

        stopping.close();

        Page done = visitor.moveTo(Fleet.port(b))
            .post("/confirm-code", Map.of("code", "123456", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));
        assertThat(done.location()).as(done.text()).isEqualTo("/done");
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
    }

    @Test
    void aUsernameGetsItsFiveCodesFromTheWholeFleetNotFromEachInstance() {
        String user = pool.createUser(unique("ana"));
        for (int request = 0; request < 7; request++) {
            Visitor visitor = new Visitor(Fleet.port((request % 2 == 0) ? a : b)).from("198.51.100." + request);
            visitor.get("/forgot-password");
            visitor.post("/forgot-password", Map.of("username", user));
        }
        assertThat(stub.calls("ForgotPassword", user)).isEqualTo(5);
    }

    @Test
    void anAddressGetsItsCodeRequestsFromTheWholeFleetNotFromEachInstance() {
        List<Integer> statuses = new ArrayList<>();
        for (int request = 0; request < 4; request++) {
            Visitor visitor = new Visitor(Fleet.port((request % 2 == 0) ? a : b)).from("203.0.113.77");
            visitor.get("/forgot-password");
            statuses.add(visitor.post("/forgot-password", Map.of("username", pool.createUser(unique("ip")))).status());
        }
        assertThat(statuses).containsExactly(302, 302, 302, 429);
    }

    @Test
    void theAuditTrailShowsTheHelpdeskActionsOfEveryInstance() {
        String helpdesk = pool.createUser(unique("helen"));
        pool.adminSetPassword(helpdesk, HELPDESK_PASSWORD);
        pool.addToGroup(helpdesk, "helpdesk");
        String first = pool.createUser(unique("first"));
        String second = pool.createUser(unique("second"));

        signedInConsole(a, helpdesk).post("/admin/user/reset", Map.of("username", first));
        Visitor onB = signedInConsole(b, helpdesk);
        onB.post("/admin/user/reset", Map.of("username", second));

        String trail = onB.moveTo(Fleet.port(a)).get("/admin/audit").text();
        assertThat(trail).contains(helpdesk + " require-password-reset " + first + " success")
            .contains(helpdesk + " require-password-reset " + second + " success");
        assertThat(new Visitor(Fleet.port(b)).get("/admin/audit").status()).isEqualTo(302);
    }

    @Test
    void whatRedisHoldsDuringAChallengeNamesNoCognitoSessionNoUserAndNoJavaObject() {
        String user = pool.createTemporaryUser(unique("tmp"), TEMPORARY);
        Visitor visitor = new Visitor(Fleet.port(a));
        signInWithTemporaryPassword(visitor, user);
        String initiate = stub.responseBodies("InitiateAuth", user).get(0);
        String cognitoSession = initiate.replaceAll("(?s).*\"Session\": ?\"([^\"]+)\".*", "$1");
        assertThat(cognitoSession).isNotBlank().isNotEqualTo(initiate);

        StringRedisTemplate store = a.getBean(StringRedisTemplate.class);
        Set<String> keys = store.keys("*");
        assertThat(keys).anyMatch((key) -> key.startsWith("reset:session:"))
            .anyMatch((key) -> key.startsWith("reset:limit:"));
        String dump = dump(store);

        assertThat(visitor.cookie("SESSION")).hasValueSatisfying((cookie) -> assertThat(dump).doesNotContain(cookie));
        assertThat(dump).doesNotContain(cognitoSession)
            .doesNotContain(user)
            .doesNotContain("NEW_PASSWORD_REQUIRED")
            .doesNotContain("rO0AB")
            .doesNotContain("\u00ac\u00ed\u0000\u0005");
    }

    @Test
    void aDumpOfRedisHoldsNoUsernameAndNoAddressOfAFlowOrAHelpdeskAction() {
        String helpdesk = pool.createUser(unique("helen"));
        pool.adminSetPassword(helpdesk, HELPDESK_PASSWORD);
        pool.addToGroup(helpdesk, "helpdesk");
        String reset = pool.createUser(unique("reset"));
        String forgetful = pool.createUser(unique("forgetful"));
        signedInConsole(a, helpdesk).post("/admin/user/reset", Map.of("username", reset));
        Visitor person = new Visitor(Fleet.port(b)).from("198.51.100.23");
        person.get("/forgot-password");
        assertThat(person.post("/forgot-password", Map.of("username", forgetful)).status()).isEqualTo(302);
        Visitor intruder = new Visitor(Fleet.port(b)).from("198.51.100.24");
        intruder.get("/admin/sign-in");
        intruder.post("/admin/sign-in", Map.of("username", helpdesk, "password", "Wrong-pass-1!"));

        String dump = dump(a.getBean(StringRedisTemplate.class));

        assertThat(dump).doesNotContain(helpdesk)
            .doesNotContain(reset)
            .doesNotContain(forgetful)
            .doesNotContain("198.51.100.")
            .doesNotContain("127.0.0.1");
    }

    // Every key and value in Redis, and each value again decoded where it is base64.
    private static String dump(StringRedisTemplate store) {
        Set<String> keys = store.keys("*");
        List<String> held = new ArrayList<>(keys);
        for (String key : keys) {
            switch (store.type(key).code()) {
                case "string" -> held.add(store.opsForValue().get(key));
                case "zset" -> held.addAll(store.opsForZSet().range(key, 0, -1));
                case "list" -> held.addAll(store.opsForList().range(key, 0, -1));
                default -> held.add(String.valueOf(store.opsForHash().entries(key)));
            }
        }
        return String.join("\n", held) + "\n" + String.join("\n", held.stream().map(FleetIT::decodedIfBase64).toList());
    }

    private static Page signInWithTemporaryPassword(Visitor visitor, String user) {
        visitor.get("/change-password");
        Page sent = visitor.post("/change-password", Map.of("username", user, "currentPassword", TEMPORARY, "password",
                NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));
        assertThat(sent.location()).as(sent.text()).isEqualTo("/new-password");
        return visitor.follow(sent);
    }

    private static Visitor signedInConsole(ConfigurableApplicationContext instance, String helpdesk) {
        Visitor visitor = new Visitor(Fleet.port(instance));
        visitor.get("/admin/sign-in");
        Page signedIn = visitor.post("/admin/sign-in", Map.of("username", helpdesk, "password", HELPDESK_PASSWORD));
        assertThat(signedIn.location()).as(signedIn.text()).isEqualTo("/admin");
        visitor.follow(signedIn);
        return visitor;
    }

    private static String decodedIfBase64(String value) {
        try {
            return new String(Base64.getDecoder().decode(value), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        catch (IllegalArgumentException ex) {
            return "";
        }
    }

    private static String unique(String prefix) {
        return CognitoEmulator.shared().uniqueUsername(prefix);
    }

}

package com.cognitoselfservice.proofofwork;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.altcha.altcha.Altcha;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestClock;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forms carry a challenge once an address has used half its limit, and a request is let
 * through only with a good solution: no Cognito call otherwise.
 */
@EmulatorTest(properties = { "server.forward-headers-strategy=native", "reset.limits.code-sends-per-ip=10",
        "reset.limits.sign-ins-per-ip=10", "reset.limits.console-sign-ins-per-ip=10",
        "reset.proof-of-work.difficulties=2000,4000,8000", "admin.enabled=true", "reset.limits.confirms-per-ip=10",
        "reset.sessions.maximum=20" })
class ProofOfWorkIT {

    static final AtomicInteger addresses = new AtomicInteger();

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    @Autowired
    TestClock clock;

    ProofOfWorkIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void aCalmAddressGetsNoChallenge() {
        Visitor someone = visitor.from(address());

        Page form = someone.get("/forgot-password");

        assertThat(form.body()).doesNotContain("name=\"altcha\"");
    }

    @Test
    void nearItsLimitAnAddressMustSolveAndASolvedChallengePasses() {
        Visitor busy = busyAddress();
        String user = pool.createUser(unique("ana"));

        Page form = busy.get("/forgot-password");
        assertThat(form.body()).contains("name=\"altcha\"");
        Page unsolved = busy.post("/forgot-password", Map.of("username", user));
        assertThat(unsolved.status()).isEqualTo(429);
        assertThat(unsolved.errorSummary()).contains("your browser needs to do a moment of work");
        assertThat(unsolved.body()).contains("name=\"altcha\"");
        assertThat(stub.calls("ForgotPassword", user)).isZero();

        Page sent = busy.post("/forgot-password", Map.of("username", user, "altcha", solve(unsolved)));

        assertThat(sent.status()).as(sent.text()).isEqualTo(302);
        assertThat(sent.location()).isEqualTo("/confirm-code");
        assertThat(stub.calls("ForgotPassword", user)).isEqualTo(1);
    }

    @Test
    void everyPageViewGetsAChallengeOfItsOwn() {
        Visitor busy = busyAddress();
        String address = busy.address();

        // Without a session: the entry page would otherwise come from the rendered pages.
        Page first = visitor.from(address).get("/forgot-password");
        Page second = visitor.from(address).get("/forgot-password");

        assertThat(challenge(first).path("salt").asString()).isNotEqualTo(challenge(second).path("salt").asString());
    }

    @Test
    void aSolutionIsGoodForOneRequest() {
        Visitor busy = busyAddress();
        String first = pool.createUser(unique("ben"));
        String second = pool.createUser(unique("ben"));
        String solution = solve(busy.get("/forgot-password"));
        assertThat(busy.post("/forgot-password", Map.of("username", first, "altcha", solution)).status())
            .isEqualTo(302);

        Visitor elsewhere = busy.another();
        elsewhere.get("/forgot-password");
        Page reused = elsewhere.post("/forgot-password", Map.of("username", second, "altcha", solution));

        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.errorSummary()).contains("it was used already, too old or altered");
        assertThat(stub.calls("ForgotPassword", second)).isZero();
    }

    @Test
    void aForgedOrAlteredSolutionIsRefused() {
        Visitor busy = busyAddress();
        String user = pool.createUser(unique("cay"));
        Page form = busy.get("/forgot-password");
        JsonNode challenge = challenge(form);
        String wrongNumber = payload(challenge, number(challenge) + 1);
        String salt = challenge.path("salt").asString();
        String otherPurpose = payload(challenge, number(challenge),
                salt.replace("purpose=code-send", "purpose=sign-in"));
        String longerLived = payload(challenge, number(challenge),
                salt.replaceFirst("expires=\\d+", "expires=9999999999"));
        String selfSigned = selfSigned(salt);

        for (String forged : new String[] { wrongNumber, otherPurpose, longerLived, selfSigned, "bm90IGpzb24=",
                "%%%" }) {
            Page refused = busy.post("/forgot-password", Map.of("username", user, "altcha", forged));
            assertThat(refused.status()).as(forged).isEqualTo(400);
        }
        assertThat(stub.calls("ForgotPassword", user)).isZero();
    }

    @Test
    void anExpiredSolutionIsRefusedWithAFreshChallenge() {
        Visitor busy = busyAddress();
        String user = pool.createUser(unique("dee"));
        String solution = solve(busy.get("/forgot-password"));
        clock.advance(Duration.ofMinutes(11));

        Page expired = busy.post("/forgot-password", Map.of("username", user, "altcha", solution));

        assertThat(expired.status()).isEqualTo(429);
        assertThat(expired.body()).contains("name=\"altcha\"");
        assertThat(stub.calls("ForgotPassword", user)).isZero();
    }

    @Test
    void aSolutionForSendingACodeDoesNotSignIn() {
        Visitor busy = busyAddress();
        String user = pool.createUser(unique("eve"));
        for (int attempt = 0; attempt < 5; attempt++) {
            busy.get("/change-password");
            busy.post("/change-password", changeForm(user, "Wrong-pass-1!", null));
        }
        String codeSendSolution = solve(busy.get("/forgot-password"));
        Page changeForm = busy.get("/change-password");
        assertThat(changeForm.body()).contains("name=\"altcha\"");
        int signIns = stub.calls("InitiateAuth", user);

        Page refused = busy.post("/change-password", changeForm(user, TestPool.DEFAULT_PASSWORD, codeSendSolution));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(stub.calls("InitiateAuth", user)).isEqualTo(signIns);

        Page changed = busy.post("/change-password",
                changeForm(user, TestPool.DEFAULT_PASSWORD, solve(busy.get("/change-password"))));
        assertThat(changed.location()).as(changed.text()).isEqualTo("/done");
        assertThat(pool.signsIn(user, "N3w-pass-word!")).isTrue();
    }

    @Test
    void theConsoleSignInIsChallengedToo() {
        Visitor busy = visitor.from(address());
        String helpdesk = pool.createUser(unique("hel"));
        for (int attempt = 0; attempt < 5; attempt++) {
            busy.get("/admin/sign-in");
            busy.post("/admin/sign-in", Map.of("username", helpdesk, "password", "Wrong-pass-1!"));
        }
        Page form = busy.get("/admin/sign-in");
        assertThat(form.body()).contains("name=\"altcha\"");
        int signIns = stub.calls("InitiateAuth", helpdesk);

        Page unsolved = busy.post("/admin/sign-in",
                Map.of("username", helpdesk, "password", TestPool.DEFAULT_PASSWORD));

        assertThat(unsolved.status()).isEqualTo(429);
        assertThat(unsolved.body()).contains("name=\"altcha\"");
        assertThat(stub.calls("InitiateAuth", helpdesk)).isEqualTo(signIns);
    }

    @Test
    void theResendFormIsChallengedToo() {
        Visitor busy = busyAddress();
        String user = pool.createUser(unique("fay"));
        busy.post("/forgot-password", Map.of("username", user, "altcha", solve(busy.get("/forgot-password"))));
        clock.advance(Duration.ofMinutes(2));

        Page confirm = busy.get("/confirm-code");
        assertThat(confirm.body()).contains("name=\"altcha\"");
        Page unsolved = busy.post("/confirm-code/resend", Map.of(), Map.of("HX-Request", "true"));
        assertThat(unsolved.body()).contains("your browser needs to do a moment of work");
        assertThat(stub.calls("ForgotPassword", user)).isEqualTo(1);

        Page resent = busy.post("/confirm-code/resend", Map.of("altcha", solve(unsolved)),
                Map.of("HX-Request", "true"));
        assertThat(resent.status()).as(resent.text()).isEqualTo(200);
        assertThat(stub.calls("ForgotPassword", user)).isEqualTo(2);
    }

    @Test
    void withoutJavaScriptAWaitTicketLetsTheFormThroughOnceItsTurnHasCome() {
        Visitor busy = busyAddress();
        String user = pool.createUser(unique("noscript"));
        busy.get("/forgot-password");

        Page refused = busy.post("/forgot-password", Map.of("username", user));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.text()).contains("Without JavaScript: please wait 5 s, then send this form again.");
        String ticket = refused.hiddenValue("wait");
        Page tooEarly = busy.post("/forgot-password", Map.of("username", user, "wait", ticket));
        assertThat(tooEarly.status()).isEqualTo(429);
        Visitor elsewhere = busyAddress();
        elsewhere.get("/forgot-password");
        clock.advance(Duration.ofSeconds(6));
        assertThat(elsewhere.post("/forgot-password", Map.of("username", user, "wait", ticket)).status())
            .as("from another address")
            .isEqualTo(429);
        assertThat(stub.calls("ForgotPassword", user)).isZero();

        Page sent = busy.post("/forgot-password", Map.of("username", user, "wait", ticket));

        assertThat(sent.status()).as(sent.text()).isEqualTo(302);
        assertThat(stub.calls("ForgotPassword", user)).isEqualTo(1);
        busy.get("/forgot-password");
        assertThat(busy.post("/forgot-password", Map.of("username", user, "wait", ticket)).status()).as("used again")
            .isEqualTo(429);
    }

    @Test
    void theConfirmFormIsChallengedUnderPressureLikeACodeRequest() {
        Visitor busy = visitor.from(address());
        String user = pool.createUser(unique("guess"));
        stub.answer("ConfirmForgotPassword", user, "CodeMismatchException", "Invalid verification code provided.");
        busy.get("/reset-required");
        assertThat(busy.post("/reset-required", Map.of("username", user)).status()).isEqualTo(302);
        busy.get("/confirm-code");
        for (int guess = 0; guess < 5; guess++) {
            assertThat(busy.post("/confirm-code", confirmForm(null)).status()).isEqualTo(400);
        }

        Page unsolved = busy.post("/confirm-code", confirmForm(null));
        assertThat(unsolved.status()).isEqualTo(429);
        assertThat(unsolved.errorSummary()).contains("your browser needs to do a moment of work");
        assertThat(stub.calls("ConfirmForgotPassword", user)).isEqualTo(5);

        Page solved = busy.post("/confirm-code", confirmForm(solve(unsolved)));
        assertThat(solved.status()).as(solved.text()).isEqualTo(400);
        assertThat(stub.calls("ConfirmForgotPassword", user)).isEqualTo(6);
    }

    @Test
    void startingAFlowThatCostsCognitoNothingAsksForWorkOnceTheStoreIsHalfFull() {
        Page refused = null;
        Visitor refusedVisitor = null;
        for (int start = 0; start < 20 && refused == null; start++) {
            Visitor someone = visitor.from(address());
            someone.get("/reset-required");
            Page page = someone.post("/reset-required", Map.of("username", unique("held")));
            if (page.status() != 302) {
                refused = page;
                refusedVisitor = someone;
            }
        }
        assertThat(refused).as("a flow start refused once ten of twenty places are taken").isNotNull();
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.errorSummary()).contains("your browser needs to do a moment of work");

        Page started = refusedVisitor.post("/reset-required",
                Map.of("username", unique("held"), "altcha", solve(refused)));

        assertThat(started.status()).as(started.text()).isEqualTo(302);
        assertThat(started.location()).isEqualTo("/confirm-code");
    }

    static Map<String, String> confirmForm(String solution) {
        Map<String, String> form = new HashMap<>(
                Map.of("code", "123456", "password", "N3w-pass-word!", "confirmPassword", "N3w-pass-word!"));
        if (solution != null) {
            form.put("altcha", solution);
        }
        return form;
    }

    // Five of the address's ten code sends, each for an unknown username: half the limit.
    Visitor busyAddress() {
        Visitor busy = visitor.from(address());
        for (int send = 0; send < 5; send++) {
            busy.get("/forgot-password");
            assertThat(busy.post("/forgot-password", Map.of("username", unique("nobody"))).status()).isEqualTo(302);
        }
        return busy;
    }

    static Map<String, String> changeForm(String user, String current, String solution) {
        Map<String, String> form = new HashMap<>(Map.of("username", user, "currentPassword", current, "password",
                "N3w-pass-word!", "confirmPassword", "N3w-pass-word!", "signOutEverywhere", "true"));
        if (solution != null) {
            form.put("altcha", solution);
        }
        return form;
    }

    static String solve(Page page) {
        JsonNode challenge = challenge(page);
        return payload(challenge, number(challenge));
    }

    static long number(JsonNode challenge) {
        try {
            return Altcha.solveChallenge(challenge.path("challenge").asString(), challenge.path("salt").asString(),
                    Altcha.Algorithm.SHA256, challenge.path("maxnumber").asLong(), 0).number;
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    static JsonNode challenge(Page page) {
        Matcher attribute = Pattern.compile("data-challenge=\"([^\"]+)\"").matcher(page.body());
        assertThat(attribute.find()).as("a challenge on the page").isTrue();
        String json = attribute.group(1).replace("&quot;", "\"").replace("&amp;", "&");
        return JsonMapper.builder().build().readTree(json);
    }

    static String payload(JsonNode challenge, long number) {
        return payload(challenge, number, challenge.path("salt").asString());
    }

    static String payload(JsonNode challenge, long number, String salt) {
        String json = "{\"algorithm\":\"SHA-256\",\"challenge\":\"" + challenge.path("challenge").asString()
                + "\",\"number\":" + number + ",\"salt\":\"" + salt + "\",\"signature\":\""
                + challenge.path("signature").asString() + "\"}";
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    // A challenge made with a key that is not the app's, at the easiest level.
    static String selfSigned(String salt) {
        try {
            Altcha.Challenge mine = Altcha
                .createChallenge(new Altcha.ChallengeOptions().setMaxNumber(1000L).setHmacKey("guessed").setSalt(salt));
            Altcha.Solution solution = Altcha.solveChallenge(mine.challenge, mine.salt, Altcha.Algorithm.SHA256,
                    mine.maxnumber, 0);
            String json = "{\"algorithm\":\"SHA-256\",\"challenge\":\"" + mine.challenge + "\",\"number\":"
                    + solution.number + ",\"salt\":\"" + mine.salt + "\",\"signature\":\"" + mine.signature + "\"}";
            return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    static String address() {
        return "203.0.113." + addresses.incrementAndGet();
    }

    static String unique(String prefix) {
        return CognitoEmulator.shared().uniqueUsername(prefix);
    }

}

package com.cognitoselfservice.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who can set a cookie for this host (a sibling subdomain, a network attacker on
 * a plain-http request) cannot post in a victim's name: a form token the attacker got
 * from this app, planted with its cookie next to the victim's session, is refused on
 * every route, for the user pages, the admin console and an embedding product's pages.
 */
@EmulatorTest(properties = { "admin.enabled=true", "reset.products[0].client=widget", "reset.products[0].name=Widget",
        "reset.products[0].frame-ancestors=https://widget.example" })
class PlantedCsrfIT {

    static final List<String> USER_ROUTES = List.of("/forgot-password", "/confirm-code", "/confirm-code/resend",
            "/reset-required", "/change-password", "/new-password", "/mfa-code", "/cancel", "/password-help");

    static final List<String> CONSOLE_ROUTES = List.of("/admin/user/reset", "/admin/user/verify-email",
            "/admin/user/password", "/admin/sign-out", "/admin/sign-in", "/admin/new-password");

    final TestPool pool;

    final Visitor visitor;

    PlantedCsrfIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void aPlantedPairIsRefusedOnEveryConsoleRoute() {
        Visitor helen = signedInHelpdeskPerson();
        String carol = pool.createUser(unique("carol"));

        for (Pair planted : List.of(pairWithoutSession(), pairOfTheAttackersOwnSession())) {
            for (String route : CONSOLE_ROUTES) {
                Page page = planted.postAs(helen, route, Map.of("username", carol, "permanent", "false"));
                assertThat(page.status()).as(route).isEqualTo(403);
            }
        }

        assertThat(pool.status(carol)).isEqualTo(UserStatusType.CONFIRMED);
        assertThat(helen.get("/admin/audit").text()).doesNotContain(carol);
        assertThat(helen.get("/admin").text()).as("still signed in").contains("Find a user");
    }

    @Test
    void aPlantedPairIsRefusedOnEveryUserRouteOfAFlowInProgress() {
        Visitor victim = visitor.another();
        victim.get("/reset-required");
        victim.follow(victim.post("/reset-required", Map.of("username", "victim")));

        for (Pair planted : List.of(pairWithoutSession(), pairOfTheAttackersOwnSession())) {
            for (String route : USER_ROUTES) {
                Page page = planted.postAs(victim, route, Map.of("username", "attacker", "code", "123456", "password",
                        "Att4cker-pass!", "confirmPassword", "Att4cker-pass!"));
                assertThat(page.status()).as(route).isEqualTo(403);
            }
        }

        assertThat(victim.get("/confirm-code").text()).contains("Resetting the password for victim");
    }

    @Test
    void aPlantedPairIsRefusedOnTheEmbeddedPages() {
        Visitor victim = visitor.another();
        victim.get("/reset-required?client=widget&embed=1");
        victim.follow(victim.post("/reset-required?client=widget&embed=1", Map.of("username", "victim")));

        Pair planted = pairOfTheAttackersOwnSession();
        for (String route : USER_ROUTES) {
            assertThat(planted.postAs(victim, route, Map.of("username", "attacker")).status()).as(route).isEqualTo(403);
        }
        assertThat(victim.get("/confirm-code").text()).contains("Resetting the password for victim");
    }

    @Test
    void theTokenIsRenewedWhenAFlowStarts() {
        Visitor person = visitor.another();
        person.get("/reset-required");
        String before = person.cookie("XSRF-TOKEN").orElseThrow();
        String formBefore = person.csrf();

        Page confirm = person.follow(person.post("/reset-required", Map.of("username", "ana")));

        assertThat(person.cookie("XSRF-TOKEN")).isPresent().get().isNotEqualTo(before);
        assertThat(person.postRaw("/cancel", Map.of("_csrf", formBefore), Map.of()).status())
            .as("a form of before the flow started")
            .isEqualTo(403);
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(person.post("/cancel", Map.of()).status()).isEqualTo(200);
    }

    private Pair pairWithoutSession() {
        Visitor attacker = visitor.another();
        attacker.get("/forgot-password");
        return new Pair(attacker.cookie("XSRF-TOKEN").orElseThrow(), attacker.csrf());
    }

    private Pair pairOfTheAttackersOwnSession() {
        Visitor attacker = visitor.another();
        attacker.get("/reset-required");
        attacker.follow(attacker.post("/reset-required", Map.of("username", "attacker")));
        return new Pair(attacker.cookie("XSRF-TOKEN").orElseThrow(), attacker.csrf());
    }

    private Visitor signedInHelpdeskPerson() {
        String person = pool.createUser(unique("helen"));
        pool.addToGroup(person, "helpdesk");
        Visitor helen = visitor.another();
        helen.get("/admin/sign-in");
        helen.follow(helen.post("/admin/sign-in", Map.of("username", person, "password", TestPool.DEFAULT_PASSWORD)));
        return helen;
    }

    private static String unique(String prefix) {
        return CognitoEmulator.shared().uniqueUsername(prefix);
    }

    /** A cookie and form token the attacker got from this app for themselves. */
    record Pair(String cookie, String formToken) {

        Page postAs(Visitor victim, String route, Map<String, String> fields) {
            victim.plantCookie("XSRF-TOKEN", cookie);
            Map<String, String> form = new java.util.LinkedHashMap<>(fields);
            form.put("_csrf", formToken);
            return victim.postRaw(route, form, Map.of());
        }

    }

}

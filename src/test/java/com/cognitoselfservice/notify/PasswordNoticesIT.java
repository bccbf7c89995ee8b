package com.cognitoselfservice.notify;

import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.SentEmails.Email;
import com.cognitoselfservice.support.SentEmails;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@EmulatorTest(properties = { "server.forward-headers-strategy=native", "reset.notify.from=" + SentEmails.SENDER,
        "reset.public-url=https://reset.example", "reset.notify.first-retry=50ms", "reset.notify.attempts=3",
        "reset.products[0].client=shop", "reset.products[0].name=Shop", "reset.products[0].color=#aa3300",
        "reset.products[0].support-contact=help@shop.example", "reset.products[0].logo=https://shop.example/logo.png",
        "reset.products[1].client=atelier", "reset.products[1].name=Atelier", "reset.products[1].logo=atelier.svg",
        "reset.logo-folder=classpath:demo-logos/" })
@ExtendWith(OutputCaptureExtension.class)
class PasswordNoticesIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    @Autowired
    MeterRegistry meters;

    PasswordNoticesIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @BeforeAll
    static void verifySender() {
        SentEmails.verifySender();
    }

    @Test
    void aChangedPasswordIsToldToTheVerifiedEmailInThePersonsLanguageAndTheProductsBrand() {
        String user = pool.createUser(unique("ana"));

        Page done = changePassword(visitor.from("203.0.113.77"), user, "/change-password?client=shop&lang=de");
        assertThat(done.text()).contains("Ihr Passwort wurde geändert");

        Email notice = SentEmails.awaitOneTo(user + "@example.com");
        assertThat(notice.from()).isEqualTo(SentEmails.SENDER);
        assertThat(notice.subject()).isEqualTo("Ihr Passwort für Shop wurde geändert");
        assertThat(notice.body()).contains("lang=\"de\"")
            .contains("Das Passwort Ihres Kontos " + user + " wurde geändert.")
            .contains("https://shop.example/logo.png")
            .contains("#aa3300")
            .contains("help@shop.example")
            .contains("https://reset.example/forgot-password?client=shop&amp;username=" + user)
            .contains("UTC")
            .contains("203.0.113.0/24")
            .doesNotContain(NEW_PASSWORD)
            .doesNotContain(TestPool.DEFAULT_PASSWORD)
            .doesNotContain("203.0.113.77")
            .doesNotContain("eyJ");
        assertThat(stub.calls("AdminGetUser", user)).as("the address came from the ID token").isZero();
    }

    @Test
    void aLogoFromTheLogoFolderIsLinkedInFullAndMayBeShownByAnySite() {
        String user = pool.createUser(unique("hal"));

        changePassword(user, "/change-password?client=atelier");

        Email notice = SentEmails.awaitOneTo(user + "@example.com");
        assertThat(notice.body()).contains("src=\"https://reset.example/brand/atelier/logo\"");
        Page logo = visitor.get("/brand/atelier/logo");
        assertThat(logo.status()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Cross-Origin-Resource-Policy")).hasValue("cross-origin");
    }

    @Test
    void aResetWithACodeIsToldWithTheAddressCognitoHas() {
        String user = pool.createUser(unique("ben"));
        visitor.get("/forgot-password?lang=fr");
        // As the page's form does: its action carries the language.
        visitor.follow(visitor.post("/forgot-password?lang=fr", Map.of("username", user)));
        Page done = visitor.follow(visitor.post("/confirm-code",
                Map.of("code", "123456", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)));
        assertThat(done.status()).isEqualTo(200);

        Email notice = SentEmails.awaitOneTo(user + "@example.com");
        assertThat(notice.subject()).isEqualTo("Votre mot de passe a été modifié");
        assertThat(notice.body())
            .contains("Le mot de passe de votre compte " + user + " a été réinitialisé avec un code de vérification.")
            .doesNotContain("123456")
            .doesNotContain(NEW_PASSWORD);
        assertThat(stub.calls("AdminGetUser", user)).as("no token in this flow").isEqualTo(1);
    }

    @Test
    void aFirstPermanentPasswordIsToldToo() {
        String user = pool.createTemporaryUser(unique("gil"), "Temp-pass-1!");
        visitor.get("/change-password");
        Page newPassword = visitor.follow(visitor.post("/change-password", Map.of("username", user, "currentPassword",
                "Temp-pass-1!", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)));
        visitor.follow(visitor.post("/new-password", Map.of("challenge", newPassword.hiddenValue("challenge"),
                "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)));

        Email notice = SentEmails.awaitOneTo(user + "@example.com");
        assertThat(notice.body()).contains("A permanent password was chosen for your account " + user + ".")
            .doesNotContain("Temp-pass-1!")
            .doesNotContain(NEW_PASSWORD);
    }

    @Test
    void anUnverifiedEmailGetsNothing() {
        String user = unique("cay");
        String address = user + "@example.com";
        pool.createUser(user, address, false);
        double before = count("no-verified-email");

        changePassword(user, "/change-password");

        await().atMost(Duration.ofSeconds(10)).until(() -> count("no-verified-email") > before);
        assertThat(stub.emailCalls(address)).isZero();
        assertThat(SentEmails.to(address)).isEmpty();
    }

    @Test
    void throttlingIsTriedAgainUntilSesTakesTheNotice() {
        String user = pool.createUser(unique("dee"));
        String address = user + "@example.com";
        stub.answerEmail(address, "TooManyRequestsException", 429, 2);

        Page done = changePassword(user, "/change-password");
        assertThat(done.status()).isEqualTo(200);

        SentEmails.awaitOneTo(address);
        assertThat(stub.emailCalls(address)).isEqualTo(3);
    }

    @Test
    void aNoticeSesKeepsRefusingIsGivenUpWithAWarningAndThePageIsUnaffected(CapturedOutput output) {
        String user = pool.createUser(unique("eve"));
        String address = user + "@example.com";
        double givenUp = count("given-up");
        stub.answerEmail(address, "TooManyRequestsException", 429, 10);

        Page done = changePassword(user, "/change-password");
        assertThat(done.text()).contains("Your password has been changed");

        await().atMost(Duration.ofSeconds(10)).until(() -> count("given-up") > givenUp);
        assertThat(stub.emailCalls(address)).isEqualTo(3);
        assertThat(output.getOut()).contains("A password-change notice for user " + user + " was not sent")
            .doesNotContain(address);
        assertThat(SentEmails.to(address)).isEmpty();
    }

    @Test
    void aRefusalIsNotTriedAgain() {
        String user = pool.createUser(unique("fay"));
        String address = user + "@example.com";
        stub.answerEmail(address, "MessageRejected", 400, 10);

        changePassword(user, "/change-password");

        await().atMost(Duration.ofSeconds(10)).until(() -> stub.emailCalls(address) == 1);
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
    }

    Page changePassword(String user, String path) {
        return changePassword(visitor, user, path);
    }

    static Page changePassword(Visitor visitor, String user, String path) {
        visitor.get(path);
        Page posted = visitor.post(path, Map.of("username", user, "currentPassword", TestPool.DEFAULT_PASSWORD,
                "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD, "signOutEverywhere", "true"));
        assertThat(posted.status()).as(posted.text()).isEqualTo(302);
        return visitor.follow(posted);
    }

    double count(String outcome) {
        var counter = meters.find("reset.notices").tag("outcome", outcome).counter();
        return (counter != null) ? counter.count() : 0;
    }

    static String unique(String prefix) {
        return CognitoEmulator.shared().uniqueUsername(prefix);
    }

}

package com.cognitoselfservice.demo;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.cognitoselfservice.Application;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.CognitoEmulatorExtension;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Demo mode as README command 1 starts it: the demo pool is seeded into the emulator and
 * the codes it sends, and the password-change notices, show on the mailbox page.
 */
@ExtendWith(CognitoEmulatorExtension.class)
class DemoModeIT {

    static ConfigurableApplicationContext app;

    static int port;

    @BeforeAll
    static void startDemo() {
        app = new SpringApplicationBuilder(Application.class).profiles("demo")
            .run("--server.port=0", "--cognito.endpoint=" + CognitoEmulator.shared().endpoint());
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stopDemo() {
        app.close();
    }

    @Test
    void demoUserResetsTheirPasswordWithTheCodeFromTheMailbox() {
        Visitor visitor = new Visitor(port);
        visitor.get("/forgot-password");
        Page confirm = visitor.follow(visitor.post("/forgot-password", Map.of("username", "alice")));
        assertThat(confirm.text()).contains("We sent a code to the email address or phone number on your account");

        Page mailbox = new Visitor(port).get("/dev/mailbox");
        assertThat(mailbox.text()).contains("Demo mailbox").contains("alice");
        Matcher code = Pattern.compile("<code class=\"code\">([^<]+)</code>").matcher(mailbox.body());
        assertThat(code.find()).isTrue();
        assertThat(code.group(1)).as("the code as an email shows it").matches("\\d{6}");

        Page done = visitor.follow(visitor.post("/confirm-code",
                Map.of("code", code.group(1), "password", "Fresh-pass-9!", "confirmPassword", "Fresh-pass-9!")));
        assertThat(done.text()).contains("Your password has been changed");

        // The notice goes out after the page, from a queue: the mailbox shows it once SES
        // took it.
        await().atMost(Duration.ofSeconds(10))
            .untilAsserted(
                    () -> assertThat(new Visitor(port).get("/dev/mailbox").text()).contains("Your password was changed")
                        .contains("alice@example.com"));
    }

    @Test
    void passwordPolicyIsReadFromThePoolNotAssumed() {
        Visitor visitor = new Visitor(port);
        visitor.get("/reset-required");
        Page confirm = visitor.follow(visitor.post("/reset-required", Map.of("username", "carol")));

        assertThat(confirm.text()).contains("at least 10 characters").contains("a special character");
    }

}

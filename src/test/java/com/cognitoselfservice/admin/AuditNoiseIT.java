package com.cognitoselfservice.admin;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestClock;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anyone can send sign-ins to the console: they are kept apart from what the helpdesk
 * did, refusals before any password check are counted per address and minute instead of
 * recorded one by one, and nothing typed is kept unless it names an account. (Its own
 * settings, so that the flood uses up no other test's limits.)
 */
@EmulatorTest(properties = { "admin.enabled=true", "admin.group=helpdesk", "reset.limits.console-sign-ins-per-ip=12" })
@ExtendWith(OutputCaptureExtension.class)
class AuditNoiseIT extends SignedInConsole {

    @Autowired
    TestClock clock;

    AuditNoiseIT(TestPool pool, Visitor visitor) {
        super(pool, visitor);
    }

    @Test
    void aFloodOfAnonymousSignInsLeavesTheHelpdesksActionsInSightAndNoTypedText(CapturedOutput output) {
        String user = pool.createUser(unique("ana"));
        helpdesk.post("/admin/user/reset", Map.of("username", user));
        String typed = "Typed-In-The-Username-Field-" + unique("pw");

        for (int i = 0; i < 300; i++) {
            Visitor anonymous = visitor.another();
            anonymous.get("/admin/sign-in");
            Page refused = anonymous.post("/admin/sign-in", Map.of("username", typed + i, "password", "x"));
            assertThat(refused.status()).isBetween(400, 429);
        }
        clock.advance(Duration.ofMinutes(1));

        String audit = helpdesk.get("/admin/audit").text();
        assertThat(audit).contains(helpdeskUser + " require-password-reset " + user + " success")
            .contains("anonymous sign-in (not an account) failed: UserNotFoundException")
            .containsPattern("refused before any check, 2\\d\\d times in this minute: ")
            .doesNotContain(typed);
        assertThat(output).doesNotContain(typed);
    }

}

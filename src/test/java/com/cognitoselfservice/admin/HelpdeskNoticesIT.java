package com.cognitoselfservice.admin;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.SentEmails.Email;
import com.cognitoselfservice.support.SentEmails;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/** What the helpdesk does to a password is told to its owner, without the password. */
@EmulatorTest(properties = { "admin.enabled=true", "admin.group=helpdesk", "reset.notify.from=" + SentEmails.SENDER,
        "reset.support-contact=the IT helpdesk on 555-0100", "reset.public-url=https://reset.example" })
class HelpdeskNoticesIT extends SignedInConsole {

    HelpdeskNoticesIT(TestPool pool, Visitor visitor) {
        super(pool, visitor);
    }

    @BeforeAll
    static void verifySender() {
        SentEmails.verifySender();
    }

    @Test
    void aTemporaryPasswordIsToldWithoutIt() {
        String user = pool.createUser(unique("ana"));
        helpdesk.get("/admin/user/password?username=" + user);

        Page done = helpdesk.post("/admin/user/password", Map.of("username", user, "permanent", "false"));
        Matcher shown = Pattern.compile("id=\"temporary-password\" class=\"code\">([^<]+)<").matcher(done.body());
        assertThat(shown.find()).isTrue();

        Email notice = SentEmails.awaitOneTo(user + "@example.com");
        assertThat(notice.subject()).isEqualTo("Your password was changed");
        assertThat(notice.body()).contains("The helpdesk set a temporary password for your account " + user + ".")
            .contains("Then tell the IT helpdesk on 555-0100.")
            .doesNotContain(shown.group(1))
            .doesNotContain("Browser:")
            .doesNotContain("Network:");
    }

    @Test
    void aResetRequiredIsTold() {
        String user = pool.createUser(unique("bo"));
        helpdesk.get("/admin/user/reset?username=" + user);

        helpdesk.post("/admin/user/reset", Map.of("username", user));

        Email notice = SentEmails.awaitOneTo(user + "@example.com");
        assertThat(notice.body()).contains("The helpdesk required a new password for your account " + user + ".");
    }

}

package com.cognitoselfservice.admin;

import org.junit.jupiter.api.Test;

import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding a user and seeing their details.
 */
class UsersIT extends SignedInConsole {

    UsersIT(TestPool pool, Visitor visitor) {
        super(pool, visitor);
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
    void unknownUserIsExplained() {
        Page page = helpdesk.get("/admin/user?username=" + unique("nobody"));

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).contains("There is no user with this username in the pool.");
    }

}

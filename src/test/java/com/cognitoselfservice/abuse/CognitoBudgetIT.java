package com.cognitoselfservice.abuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many code requests at once, from as many addresses for as many usernames (what a botnet
 * does, and what no per-address or per-username limit stops): Cognito sees no more than
 * the deployment's budget, and everyone else is told to try again in a moment.
 */
// The budget as the last line: the proof of work it would ask for first has tests of its
// own.
@EmulatorTest(properties = { "reset.cognito-budget.account-recovery=2", "server.forward-headers-strategy=native",
        "reset.proof-of-work.enabled=false" })
class CognitoBudgetIT {

    static final int BUDGET = 2;

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    CognitoBudgetIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void anAttackAtTenTimesTheBudgetReachesCognitoAtTheBudget() {
        List<String> users = new ArrayList<>();
        List<CompletableFuture<Page>> requests = new ArrayList<>();
        for (int person = 0; person < 10 * BUDGET; person++) {
            String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("crowd"));
            users.add(user);
            Visitor someone = visitor.from("198.18." + person + ".1");
            someone.get("/forgot-password");
            requests
                .add(CompletableFuture.supplyAsync(() -> someone.post("/forgot-password", Map.of("username", user))));
        }
        List<Page> answers = requests.stream().map(CompletableFuture::join).toList();

        List<Long> arrivals = stub.arrivals("ForgotPassword", users);
        // In any second: what the bucket held, and what refilled during it.
        assertThat(AwsStub.mostInOneSecond(arrivals)).isBetween(1, 2 * BUDGET);
        List<Page> refused = answers.stream().filter((page) -> page.status() == 429).toList();
        assertThat(refused).hasSize(answers.size() - arrivals.size()).isNotEmpty().allSatisfy((page) -> {
            assertThat(page.text()).contains("Many people are doing this right now. Please try again in");
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
        });
    }

}

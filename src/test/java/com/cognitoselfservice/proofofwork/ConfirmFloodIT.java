package com.cognitoselfservice.proofofwork;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A bot confirming made-up codes from many addresses, through flows that cost Cognito
 * nothing to open: confirmations spend the account-recovery budget that code requests
 * need, so once half of it is used they cost a proof of work, and the people asking for
 * codes still get them.
 */
@EmulatorTest(properties = { "reset.cognito-budget.account-recovery=2", "server.forward-headers-strategy=native",
        "reset.proof-of-work.difficulties=2000,4000,8000" })
class ConfirmFloodIT {

    static final int BUDGET = 2;

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    ConfirmFloodIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void aFloodOfConfirmationsWithoutWorkIsRefusedForWorkAndCodeRequestsStillGoThrough() {
        String target = pool.createUser(CognitoEmulator.shared().uniqueUsername("target"));
        stub.answer("ConfirmForgotPassword", target, "CodeMismatchException", "Invalid verification code provided.");
        List<Visitor> bots = new ArrayList<>();
        for (int bot = 0; bot < 10 * BUDGET; bot++) {
            Visitor someone = visitor.from("198.19." + bot + ".1");
            someone.get("/reset-required");
            assertThat(someone.post("/reset-required", Map.of("username", target)).status()).isEqualTo(302);
            someone.get("/confirm-code");
            bots.add(someone);
        }

        // One after another, as a steady flood arrives: each is checked against the
        // budget as
        // the ones before left it.
        List<Page> answers = bots.stream()
            .map((bot) -> bot.post("/confirm-code",
                    Map.of("code", "123456", "password", "N3w-pass-word!", "confirmPassword", "N3w-pass-word!")))
            .toList();

        List<Long> arrivals = stub.arrivals("ConfirmForgotPassword", List.of(target));
        assertThat(arrivals).isNotEmpty();
        // Without work the flood spends at most half the budget: the other half is the
        // people's.
        assertThat(AwsStub.mostInOneSecond(arrivals)).isLessThanOrEqualTo(BUDGET / 2 + 1);
        assertThat(answers.stream().filter((page) -> page.status() == 429).toList())
            .hasSize(answers.size() - arrivals.size())
            .allSatisfy((page) -> assertThat(page.errorSummary()).contains("needs to do a moment of work"));

        String person = pool.createUser(CognitoEmulator.shared().uniqueUsername("person"));
        Visitor someone = visitor.from("198.19.200.1");
        Page sent = await().atMost(Duration.ofSeconds(10)).until(() -> {
            Page form = someone.get("/forgot-password");
            return someone.post("/forgot-password", form.body().contains("data-challenge")
                    ? Map.of("username", person, "altcha", ProofOfWorkIT.solve(form)) : Map.of("username", person));
        }, (page) -> page.status() == 302);
        assertThat(sent.location()).isEqualTo("/confirm-code");
        assertThat(stub.calls("ForgotPassword", person)).isEqualTo(1);
    }

}

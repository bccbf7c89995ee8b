package com.cognitoselfservice.operations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.Fleet;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.RedisServer;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cognito budget is the deployment's, not each instance's: two instances on one Redis
 * with a budget of 2 a second let no more than that through between them.
 */
class FleetBudgetIT {

    static final int BUDGET = 2;

    static TestPool pool;

    static ConfigurableApplicationContext a;

    static ConfigurableApplicationContext b;

    @BeforeAll
    static void twoInstances() {
        pool = CognitoEmulator.shared().createPool(false);
        Map<String, Object> settings = new HashMap<>(Fleet.settings(pool, RedisServer.shared()));
        settings.put("reset.cognito-budget.account-recovery", Integer.toString(BUDGET));
        settings.put("server.forward-headers-strategy", "native");
        a = Fleet.instance(settings);
        b = Fleet.instance(settings);
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    @Test
    void twoInstancesSpendOneBudget() {
        List<String> users = new ArrayList<>();
        List<CompletableFuture<Page>> requests = new ArrayList<>();
        for (int person = 0; person < 10 * BUDGET; person++) {
            String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("fleet-crowd"));
            users.add(user);
            Visitor someone = new Visitor(Fleet.port((person % 2 == 0) ? a : b)).from("198.19." + person + ".1");
            someone.get("/forgot-password");
            requests
                .add(CompletableFuture.supplyAsync(() -> someone.post("/forgot-password", Map.of("username", user))));
        }
        List<Page> answers = requests.stream().map(CompletableFuture::join).toList();

        List<Long> arrivals = AwsStub.shared().arrivals("ForgotPassword", users);
        // Both instances together: what the one bucket held, and what refilled in a
        // second.
        assertThat(AwsStub.mostInOneSecond(arrivals)).isBetween(1, 2 * BUDGET);
        assertThat(answers).filteredOn((page) -> page.status() == 429).hasSize(answers.size() - arrivals.size());
    }

}

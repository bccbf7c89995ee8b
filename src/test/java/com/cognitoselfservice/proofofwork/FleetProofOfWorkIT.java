package com.cognitoselfservice.proofofwork;

import java.util.HashMap;
import java.util.Map;

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
 * Two instances on one Redis: the pressure is the fleet's, a challenge one instance made
 * is solved on the other, and a solution used on one is used on both.
 */
class FleetProofOfWorkIT {

    static TestPool pool;

    static ConfigurableApplicationContext a;

    static ConfigurableApplicationContext b;

    @BeforeAll
    static void twoInstances() {
        pool = CognitoEmulator.shared().createPool(false);
        Map<String, Object> settings = new HashMap<>(Fleet.settings(pool, RedisServer.shared()));
        settings.put("server.forward-headers-strategy", "native");
        settings.put("reset.limits.code-sends-per-ip", "10");
        settings.put("reset.proof-of-work.enabled", "true");
        settings.put("reset.proof-of-work.difficulties", "2000");
        a = Fleet.instance(settings);
        b = Fleet.instance(settings);
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    @Test
    void aSolutionUsedOnOneInstanceIsRefusedByTheOther() {
        String address = "198.20.0.1";
        Visitor onA = new Visitor(Fleet.port(a)).from(address);
        for (int send = 0; send < 5; send++) {
            onA.get("/forgot-password");
            onA.post("/forgot-password", Map.of("username", CognitoEmulator.shared().uniqueUsername("nobody")));
        }
        Visitor onB = new Visitor(Fleet.port(b)).from(address);
        Page formOnB = onB.get("/forgot-password");
        assertThat(formOnB.body()).as("the address's pressure is the fleet's").contains("name=\"altcha\"");
        String solution = ProofOfWorkIT.solve(formOnB);
        String first = pool.createUser(CognitoEmulator.shared().uniqueUsername("fleet-pow"));
        String second = pool.createUser(CognitoEmulator.shared().uniqueUsername("fleet-pow"));

        onA.get("/forgot-password");
        Page sentOnA = onA.post("/forgot-password", Map.of("username", first, "altcha", solution));
        Page reusedOnB = onB.post("/forgot-password", Map.of("username", second, "altcha", solution));

        assertThat(sentOnA.status()).as("a challenge B made, solved and sent to A").isEqualTo(302);
        assertThat(reusedOnB.status()).isEqualTo(400);
        assertThat(AwsStub.shared().calls("ForgotPassword", second)).isZero();
    }

}

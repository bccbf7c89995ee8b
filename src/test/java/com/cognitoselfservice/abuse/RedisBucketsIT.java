package com.cognitoselfservice.abuse;

import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import com.cognitoselfservice.deploymentkeys.SigningKey;
import com.cognitoselfservice.support.RedisServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limits' buckets in a Redis of the test's own, so that its keys can be counted: a
 * page view reads how full an address's limit is, and must not leave a bucket for every
 * visitor behind.
 */
class RedisBucketsIT {

    static RedisServer redis;

    static LettuceConnectionFactory connections;

    static AbuseLimits limits;

    static final LimitsProperties settings = new LimitsProperties(Duration.ofMinutes(15), 4, 2, 3, 2, 30, 3, 5, 30, 3,
            4, 2);

    @BeforeAll
    static void limitsInRedis() {
        redis = RedisServer.start();
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(redis.host(), redis.port()));
        connections.afterPropertiesSet();
        connections.start();
        limits = new AbuseLimits(settings, new RedisBuckets(connections, SigningKey.random()),
                new SimpleMeterRegistry());
    }

    @AfterAll
    static void stop() {
        connections.destroy();
        redis.crash();
    }

    @Test
    void readingHowFullAnAddressesLimitIsLeavesNothingInRedis() {
        for (int visitor = 0; visitor < 50; visitor++) {
            assertThat(limits.usageFrom("198.51.100." + visitor, AbuseLimits.AddressLimit.CODE_SEND).used()).isZero();
        }
        assertThat(limitKeys()).isZero();

        limits.checkCodeSendFrom("198.51.100.7");

        assertThat(limitKeys()).isEqualTo(1);
        assertThat(limits.usageFrom("198.51.100.7", AbuseLimits.AddressLimit.CODE_SEND).used()).isEqualTo(0.25);
        assertThat(limits.usageFrom("198.51.100.8", AbuseLimits.AddressLimit.CODE_SEND).used()).isZero();
        assertThat(limitKeys()).isEqualTo(1);
    }

    private static int limitKeys() {
        // A RESP array's header: "*<count>".
        String reply = redis.command("KEYS", "reset:limit:*");
        return Integer.parseInt(reply.substring(1, reply.indexOf('\r')));
    }

}

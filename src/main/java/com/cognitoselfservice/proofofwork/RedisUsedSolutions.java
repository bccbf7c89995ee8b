package com.cognitoselfservice.proofofwork;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import com.cognitoselfservice.sharedstore.StoreUnavailable;

/**
 * Used solutions in Redis ({@code SET NX} with the challenge's remaining validity), so
 * that a solution used on one instance is refused by every other.
 */
@Component
@Profile("redis")
class RedisUsedSolutions implements UsedSolutions {

    private static final String PREFIX = "reset:pow-used:";

    private final StringRedisTemplate redis;

    private final Clock clock;

    RedisUsedSolutions(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    @Override
    public boolean claim(String challenge, Instant expires) {
        Duration left = Duration.between(clock.instant(), expires);
        if (left.isNegative() || left.isZero()) {
            return false;
        }
        return StoreUnavailable
            .whenReachable(() -> Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(PREFIX + challenge, "1", left)));
    }

}

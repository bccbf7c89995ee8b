package com.cognitoselfservice.proofofwork;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Used solutions in this process, each forgotten when its challenge expires. */
@Component
@Profile("!redis")
class InMemoryUsedSolutions implements UsedSolutions {

    private final Cache<String, Instant> used;

    InMemoryUsedSolutions(Clock clock) {
        this.used = Caffeine.newBuilder().maximumSize(1_000_000).expireAfter(new Expiry<String, Instant>() {

            @Override
            public long expireAfterCreate(String key, Instant expires, long currentTime) {
                return Math.max(0, Duration.between(clock.instant(), expires).toNanos());
            }

            @Override
            public long expireAfterUpdate(String key, Instant expires, long currentTime, long currentDuration) {
                return currentDuration;
            }

            @Override
            public long expireAfterRead(String key, Instant expires, long currentTime, long currentDuration) {
                return currentDuration;
            }

        }).build();
    }

    @Override
    public boolean claim(String challenge, Instant expires) {
        return used.asMap().putIfAbsent(challenge, expires) == null;
    }

}

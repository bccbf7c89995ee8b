package com.cognitoselfservice.abuse;

import java.time.Duration;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.stereotype.Component;

/**
 * Limits code sends and confirmation attempts per client IP and per username, so that
 * neither one address nor one account can be used to spam codes or guess them. Buckets
 * live in memory, bounded.
 */
@Component
public class AbuseLimits {

    private final LimitsProperties limits;

    private final Cache<String, Bucket> buckets;

    AbuseLimits(LimitsProperties limits) {
        this.limits = limits;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(limits.window()).maximumSize(200_000).build();
    }

    public void checkCodeSend(String clientIp, String username) {
        consume("send-ip:" + clientIp, limits.codeSendsPerIp());
        consume("send-user:" + normalize(username), limits.codeSendsPerUsername());
    }

    public void checkConfirm(String clientIp, String username) {
        consume("confirm-ip:" + clientIp, limits.confirmsPerIp());
        consume("confirm-user:" + normalize(username), limits.confirmsPerUsername());
    }

    public void checkSignIn(String clientIp, String username) {
        consume("sign-in-ip:" + clientIp, limits.signInsPerIp());
        consume("sign-in-user:" + normalize(username), limits.signInsPerUsername());
    }

    private void consume(String key, int capacity) {
        Bucket bucket = buckets.get(key, (k) -> newBucket(capacity));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    private Bucket newBucket(int capacity) {
        return Bucket.builder()
            .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, limits.window()).build())
            .build();
    }

    // Cognito user names are case-insensitive by default, so "Alice" and "alice" share a
    // bucket.
    private static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

}

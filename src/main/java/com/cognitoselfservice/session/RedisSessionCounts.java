package com.cognitoselfservice.session;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;

import com.cognitoselfservice.sharedstore.StoreUnavailable;

/**
 * The sessions in Redis counted for their admission: per kind and per (hashed) address, a
 * sorted set of their keys by expiry. A session's hash names the sets it is counted in,
 * so that ending it, however it ends, takes it out of them.
 */
final class RedisSessionCounts implements SessionQuota {

    static final String KIND_SET = "kind-set";

    static final String ADDRESS_SET = "address-set";

    private final StringRedisTemplate redis;

    private final RedisSessionNames names;

    RedisSessionCounts(StringRedisTemplate redis, RedisSessionNames names) {
        this.redis = redis;
        this.names = names;
    }

    @Override
    public long openFrom(String address, @Nullable String ownSessionId) {
        return StoreUnavailable.whenReachable(() -> {
            String held = names.addressSet(address);
            redis.opsForZSet().removeRangeByScore(held, Double.NEGATIVE_INFINITY, System.currentTimeMillis());
            Long open = redis.opsForZSet().zCard(held);
            boolean ownCounted = ownSessionId != null && redis.opsForZSet().score(held, names.of(ownSessionId)) != null;
            return ((open != null) ? open : 0) - (ownCounted ? 1 : 0);
        });
    }

    @Override
    public void makeRoomFor(SessionKind kind, int maximum) {
        StoreUnavailable.whenReachable(() -> {
            String ofKind = RedisSessionNames.kindSet(kind);
            redis.opsForZSet().removeRangeByScore(ofKind, Double.NEGATIVE_INFINITY, System.currentTimeMillis());
            Long held = redis.opsForZSet().zCard(ofKind);
            for (long over = ((held != null) ? held : 0) - maximum + 1; over > 0; over--) {
                TypedTuple<String> oldest = redis.opsForZSet().popMin(ofKind);
                if (oldest == null || oldest.getValue() == null) {
                    break;
                }
                end(oldest.getValue());
            }
            return null;
        });
    }

    @Override
    public long count(SessionKind kind) {
        Long open = StoreUnavailable.whenReachable(() -> redis.opsForZSet()
            .count(RedisSessionNames.kindSet(kind), System.currentTimeMillis(), Double.POSITIVE_INFINITY));
        return (open != null) ? open : 0;
    }

    /** Counts a session kept under this key until it expires. */
    void counted(String key, @Nullable String kindSet, @Nullable String addressSet, long expiresAt,
            Duration idleTimeout) {
        if (kindSet != null) {
            redis.opsForZSet().add(kindSet, key, expiresAt);
        }
        if (addressSet != null) {
            redis.opsForZSet().add(addressSet, key, expiresAt);
            redis.expire(addressSet, idleTimeout);
        }
    }

    /** Ends the session kept under this key, and its counts. */
    void end(String key) {
        List<Object> sets = redis.opsForHash().multiGet(key, List.of(KIND_SET, ADDRESS_SET));
        redis.delete(key);
        uncount(key, (String) sets.get(0), (String) sets.get(1));
    }

    void uncount(String key, @Nullable String... sets) {
        for (String set : sets) {
            if (set != null && !set.isEmpty()) {
                redis.opsForZSet().remove(set, key);
            }
        }
    }

}

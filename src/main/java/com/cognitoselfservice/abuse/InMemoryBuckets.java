package com.cognitoselfservice.abuse;

import java.util.Optional;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucketBuilder;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Buckets in this process, bounded, each forgotten a window after its last use: right for
 * one instance, where a restart also forgets them.
 */
@Component
@Profile("!redis")
class InMemoryBuckets implements Buckets {

    private final Cache<String, Bucket> buckets;

    InMemoryBuckets(LimitsProperties limits) {
        this.buckets = Caffeine.newBuilder().expireAfterAccess(limits.window()).maximumSize(200_000).build();
    }

    @Override
    public <T> T use(String key, BucketConfiguration configuration, Function<Bucket, T> action) {
        return action.apply(buckets.get(key, (k) -> {
            LocalBucketBuilder bucket = Bucket.builder();
            for (Bandwidth limit : configuration.getBandwidths()) {
                bucket.addLimit(limit);
            }
            return bucket.build();
        }));
    }

    @Override
    public <T> Optional<T> peek(String key, BucketConfiguration configuration, Function<Bucket, T> action) {
        return Optional.ofNullable(buckets.getIfPresent(key)).map(action);
    }

}

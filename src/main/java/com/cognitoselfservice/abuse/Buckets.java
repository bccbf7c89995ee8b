package com.cognitoselfservice.abuse;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Where the limits' token buckets live: in this process, or in Redis for a fleet, where
 * every instance draws from the same bucket.
 */
interface Buckets {

    /** A bucket of this many, all refilled evenly over the window. */
    static BucketConfiguration refilledOver(int capacity, Duration window) {
        return BucketConfiguration.builder()
            .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, window).build())
            .build();
    }

    /** Whether every instance draws from these buckets. */
    default boolean shared() {
        return false;
    }

    /**
     * Uses the bucket of this key, made with this configuration when there is none.
     * @throws com.cognitoselfservice.sharedstore.StoreUnavailable when the buckets cannot
     * be reached: a limit that cannot be checked refuses
     */
    <T> T use(String key, BucketConfiguration configuration, Function<Bucket, T> action);

    /**
     * Uses the bucket of this key when there is one, never making one: reading how full a
     * limit is for every page view must not fill the store with a bucket per visitor.
     * @throws com.cognitoselfservice.sharedstore.StoreUnavailable when the buckets cannot
     * be reached
     */
    <T> Optional<T> peek(String key, BucketConfiguration configuration, Function<Bucket, T> action);

}

package com.cognitoselfservice.abuse;

import java.util.Optional;
import java.util.function.Function;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/**
 * Where the limits' token buckets live: in this process, or in Redis for a fleet, where
 * every instance draws from the same bucket.
 */
interface Buckets {

    /** Whether every instance draws from these buckets. */
    default boolean shared() {
        return false;
    }

    /**
     * Uses the bucket of this key, made with this configuration when there is none.
     * @throws com.cognitoselfservice.store.StoreUnavailable when the buckets cannot be
     * reached: a limit that cannot be checked refuses
     */
    <T> T use(String key, BucketConfiguration configuration, Function<Bucket, T> action);

    /**
     * Uses the bucket of this key when there is one, never making one: reading how full a
     * limit is for every page view must not fill the store with a bucket per visitor.
     * @throws com.cognitoselfservice.store.StoreUnavailable when the buckets cannot be
     * reached
     */
    <T> Optional<T> peek(String key, BucketConfiguration configuration, Function<Bucket, T> action);

}

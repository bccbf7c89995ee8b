package com.cognitoselfservice.abuse;

import java.time.Duration;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InMemoryBucketsTests {

    final InMemoryBuckets buckets = new InMemoryBuckets(LimitsProperties.defaults());

    final BucketConfiguration fourAMinute = Buckets.refilledOver(4, Duration.ofMinutes(1));

    @Test
    void peekingAtABucketNobodyUsedNeverMakesOne() {
        assertThat(buckets.peek("203.0.113.5", fourAMinute, Bucket::getAvailableTokens)).isEmpty();
        assertThat(buckets.peek("203.0.113.5", fourAMinute, Bucket::getAvailableTokens)).isEmpty();

        buckets.use("203.0.113.5", fourAMinute, (bucket) -> bucket.tryConsume(1));

        assertThat(buckets.peek("203.0.113.5", fourAMinute, Bucket::getAvailableTokens)).contains(3L);
    }

}

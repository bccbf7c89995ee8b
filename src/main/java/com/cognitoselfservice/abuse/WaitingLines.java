package com.cognitoselfservice.abuse;

import java.time.Duration;
import java.util.Optional;

import io.github.bucket4j.BucketConfiguration;

import org.springframework.stereotype.Component;

/**
 * Turns handed out in order at a steady rate, shared by a fleet: whoever takes a turn
 * learns when it comes, and no more than so many a second come at all, however many are
 * taken.
 */
@Component
public class WaitingLines {

    private final Buckets buckets;

    WaitingLines(Buckets buckets) {
        this.buckets = buckets;
    }

    /**
     * Takes the next turn in a line that lets this many through a second: how long until
     * it comes, or empty (no turn taken) when that is longer than {@code longest}.
     */
    public Optional<Duration> takeTurn(String line, int perSecond, Duration longest) {
        BucketConfiguration configuration = Buckets.refilledOver(perSecond, Duration.ofSeconds(1));
        return buckets.use("waiting-line:" + line, configuration, (bucket) -> {
            if (bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill() > longest.toNanos()) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos(bucket.consumeIgnoringRateLimits(1)));
        });
    }

}

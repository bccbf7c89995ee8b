package com.cognitoselfservice.abuse;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * What the deployment may spend of the AWS account's Cognito quotas, per quota category:
 * account recovery (ForgotPassword, ConfirmForgotPassword, ChangePassword; 30 requests a
 * second per account and Region, which cannot be raised) and sign-in (InitiateAuth,
 * RespondToAuthChallenge, GlobalSignOut). A botnet cycling usernames gets past every
 * per-address and per-username limit; it does not get past this, so the product's own
 * sign-in and the account's other apps keep their share. Past the budget a person is told
 * to try again in a second or two, and nothing reaches Cognito.
 * <p>
 * When Cognito answers {@code TooManyRequestsException} the account is over its quota
 * anyway (other apps count too): each call then costs this instance twice as much of the
 * budget, up to sixteen times, easing by one step every back-off period without another.
 * {@code LimitExceededException} is not such a signal: Cognito answers it for one
 * account's attempts, and one account must not shrink everyone's budget.
 */
@Component
public class CognitoBudget {

    private static final int MOST_DOUBLINGS = 4;

    private final Buckets buckets;

    private final CognitoBudgetProperties properties;

    private final MeterRegistry meters;

    private final Map<CognitoQuota, Share> shares = new EnumMap<>(CognitoQuota.class);

    // What this instance may spend of a category, settled at start, and its back-off.
    private record Share(String bucket, int perSecond, BucketConfiguration configuration, BackOff backOff) {
    }

    CognitoBudget(Buckets buckets, CognitoBudgetProperties properties, MeterRegistry meters) {
        this.buckets = buckets;
        this.properties = properties;
        this.meters = meters;
        for (CognitoQuota quota : CognitoQuota.values()) {
            int perSecond = perSecond(quota);
            shares.put(quota, new Share("cognito-budget:" + quota.tag(), perSecond,
                    Buckets.refilledOver(perSecond, Duration.ofSeconds(1)), new BackOff()));
        }
    }

    /**
     * Takes one call of an operation counted against this quota from the budget.
     * @throws CognitoBusy when the budget for this second is spent
     */
    public void take(CognitoQuota quota) {
        Share share = shares.get(quota);
        long cost = Math.min(share.perSecond(), 1L << share.backOff().doublings(properties.backOff()));
        ConsumptionProbe probe = buckets.use(share.bucket(), share.configuration(),
                (bucket) -> bucket.tryConsumeAndReturnRemaining(cost));
        if (!probe.isConsumed()) {
            meters.counter("reset.cognito.budget.refused", "category", quota.tag()).increment();
            throw new CognitoBusy(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /**
     * How much of this second's budget for a quota is used, from 0 to 1, without using
     * any of it.
     */
    public double usage(CognitoQuota quota) {
        Share share = shares.get(quota);
        return buckets.peek(share.bucket(), share.configuration(), Bucket::getAvailableTokens)
            .map((available) -> 1.0 - (double) Math.max(0, available) / share.perSecond())
            .orElse(0.0);
    }

    /** Cognito answered TooManyRequestsException to an operation of this quota. */
    public void throttled(CognitoQuota quota) {
        shares.get(quota).backOff().step(properties.backOff());
    }

    /** Calls per second this instance may make: the whole budget when it is shared. */
    int perSecond(CognitoQuota quota) {
        int budget = (quota == CognitoQuota.ACCOUNT_RECOVERY) ? properties.accountRecovery() : properties.signIn();
        return buckets.shared() ? budget : Math.max(1, budget / properties.instances());
    }

    /** How many times over a call costs, after throttling, easing with time. */
    private static final class BackOff {

        private final AtomicInteger doublings = new AtomicInteger();

        private final AtomicLong since = new AtomicLong(System.nanoTime());

        int doublings(Duration period) {
            int now = doublings.get();
            if (now > 0) {
                long periods = (System.nanoTime() - since.get()) / period.toNanos();
                if (periods > 0 && since.compareAndSet(since.get(), System.nanoTime())) {
                    now = doublings.updateAndGet((level) -> (int) Math.max(0, level - periods));
                }
            }
            return now;
        }

        void step(Duration period) {
            since.set(System.nanoTime());
            doublings.updateAndGet((level) -> Math.min(MOST_DOUBLINGS, level + 1));
        }

    }

}

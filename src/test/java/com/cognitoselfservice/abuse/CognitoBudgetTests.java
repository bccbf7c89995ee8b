package com.cognitoselfservice.abuse;

import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CognitoBudgetTests {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void theAccountRecoveryCallsOfASecondStopAtTheBudgetAndThePersonIsToldWhenToTryAgain() {
        CognitoBudget budget = budget(3, 40, 1);
        for (int call = 0; call < 3; call++) {
            budget.take(CognitoQuota.ACCOUNT_RECOVERY);
        }

        assertThatExceptionOfType(CognitoBusy.class).isThrownBy(() -> budget.take(CognitoQuota.ACCOUNT_RECOVERY))
            .satisfies((busy) -> {
                assertThat(busy.messageKey()).isEqualTo("limits.busy");
                assertThat(busy.status()).isEqualTo(429);
                assertThat(busy.retryAfterSeconds()).isBetween(1L, 2L);
            });
        assertThat(meters.counter("reset.cognito.budget.refused", "category", "account-recovery").count()).isOne();
    }

    @Test
    void signInHasABudgetOfItsOwn() {
        CognitoBudget budget = budget(1, 2, 1);
        budget.take(CognitoQuota.ACCOUNT_RECOVERY);

        budget.take(CognitoQuota.SIGN_IN);
        budget.take(CognitoQuota.SIGN_IN);
        assertThatExceptionOfType(CognitoBusy.class).isThrownBy(() -> budget.take(CognitoQuota.SIGN_IN));
        assertThat(meters.counter("reset.cognito.budget.refused", "category", "sign-in").count()).isOne();
    }

    @Test
    void withoutRedisEachInstanceTakesItsShare() {
        CognitoBudget budget = budget(10, 40, 2);

        assertThat(budget.perSecond(CognitoQuota.ACCOUNT_RECOVERY)).isEqualTo(5);
        assertThat(budget.perSecond(CognitoQuota.SIGN_IN)).isEqualTo(20);
        assertThat(budget(1, 40, 3).perSecond(CognitoQuota.ACCOUNT_RECOVERY)).isOne();
    }

    @Test
    void afterCognitoThrottlesEachCallCostsMoreOfTheBudget() {
        CognitoBudget budget = budget(8, 40, 1);
        budget.throttled(CognitoQuota.ACCOUNT_RECOVERY);

        int taken = 0;
        try {
            for (; taken < 8; taken++) {
                budget.take(CognitoQuota.ACCOUNT_RECOVERY);
            }
        }
        catch (CognitoBusy busy) {
            // The budget's end.
        }
        assertThat(taken).isEqualTo(4);
    }

    @Test
    void usageIsHowMuchOfThisSecondsBudgetIsSpentWithoutSpendingAny() {
        CognitoBudget budget = budget(4, 40, 1);
        assertThat(budget.usage(CognitoQuota.ACCOUNT_RECOVERY)).isZero();

        for (int call = 0; call < 3; call++) {
            budget.take(CognitoQuota.ACCOUNT_RECOVERY);
        }

        // The bucket refills as time passes, so only an upper bound is certain.
        double used = budget.usage(CognitoQuota.ACCOUNT_RECOVERY);
        assertThat(used).isPositive().isLessThanOrEqualTo(0.75);
        assertThat(budget.usage(CognitoQuota.ACCOUNT_RECOVERY)).as("reading spends nothing").isLessThanOrEqualTo(used);
        assertThat(budget.usage(CognitoQuota.SIGN_IN)).isZero();
    }

    private CognitoBudget budget(int accountRecovery, int signIn, int instances) {
        CognitoBudgetProperties properties = new CognitoBudgetProperties(accountRecovery, signIn, instances,
                Duration.ofSeconds(30));
        LimitsProperties limits = new LimitsProperties(Duration.ofMinutes(15), 4, 2, 3, 2, 30, 3, 5, 30, 3, 4, 2);
        return new CognitoBudget(new InMemoryBuckets(limits), properties, meters);
    }

}

package com.cognitoselfservice.abuse;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import com.cognitoselfservice.abuse.AbuseLimits.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AbuseLimitsTests {

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    final LimitsProperties settings = new LimitsProperties(Duration.ofMinutes(15), 4, 2, 3, 2, 30, 3, 5, 30, 3, 4, 2);

    final AbuseLimits limits = new AbuseLimits(settings, new InMemoryBuckets(settings), meters);

    @Test
    void usageFromAnAddressIsReadWithoutUsingAnyAndSaysWhenItEases() {
        assertThat(limits.usageFrom("203.0.113.5", AbuseLimits.AddressLimit.CODE_SEND).used()).isZero();
        limits.checkCodeSendFrom("203.0.113.5");
        limits.checkCodeSendFrom("203.0.113.5");
        limits.checkCodeSendFrom("203.0.113.5");

        AbuseLimits.Usage usage = limits.usageFrom("203.0.113.5", AbuseLimits.AddressLimit.CODE_SEND);

        assertThat(usage.used()).isEqualTo(0.75);
        assertThat(usage.easesIn()).isEqualTo(Duration.ofMinutes(15).dividedBy(4));
        assertThat(limits.usageFrom("203.0.113.5", AbuseLimits.AddressLimit.CODE_SEND).used()).isEqualTo(0.75);
        assertThat(limits.usageFrom("203.0.113.5", AbuseLimits.AddressLimit.SIGN_IN).used()).isZero();
    }

    @Test
    void oneUsernameGetsOnlyItsShareOfCodesWhicheverAddressAsks() {
        assertThat(limits.takeCodeSendFor("ana")).isEmpty();
        assertThat(limits.takeCodeSendFor("ANA")).isEmpty();

        assertThat(limits.takeCodeSendFor(" ana "))
            .hasValueSatisfying((wait) -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
        assertThat(meters.counter("reset.limits.refused", "limit", "code-send-user").count()).isEqualTo(1);
    }

    @Test
    void oneAddressGetsOnlyItsShareWhateverTheUsernames() {
        for (int i = 0; i < 4; i++) {
            limits.checkCodeSendFrom("10.0.0.9");
        }

        assertThat(catchThrowableOfType(RateLimitedException.class, () -> limits.checkCodeSendFrom("10.0.0.9")))
            .isNotNull();
        assertThatNoException().isThrownBy(() -> limits.checkCodeSendFrom("10.0.0.10"));
    }

    @Test
    void wrongCodesFromElsewhereDoNotStopThePersonWithTheCode() {
        limits.checkConfirm("10.6.6.6", "bo");
        limits.checkConfirm("10.6.6.6", "bo");
        assertThat(catchThrowableOfType(RateLimitedException.class, () -> limits.checkConfirm("10.6.6.6", "bo")))
            .as("a brute force from one address is still stopped")
            .isNotNull();

        assertThatNoException().isThrownBy(() -> limits.checkConfirm("10.0.0.1", "bo"));
    }

    @Test
    void wrongPasswordsFromElsewhereNeverRefuseTheRightOne() {
        for (String attacker : List.of("10.6.6.1", "10.6.6.2", "10.6.6.3")) {
            for (int i = 0; i < 3; i++) {
                limits.checkSignIn(Scope.USER, attacker, "helen");
                limits.signInFailed(Scope.USER, attacker, "helen");
            }
        }

        assertThatNoException().isThrownBy(() -> limits.checkSignIn(Scope.USER, "10.0.0.1", "helen"));
    }

    @Test
    void aBruteForceFromOneAddressIsStoppedAndCounted() {
        for (int i = 0; i < 3; i++) {
            limits.checkSignIn(Scope.USER, "10.6.6.6", "helen");
            limits.signInFailed(Scope.USER, "10.6.6.6", "helen");
        }

        assertThat(catchThrowableOfType(RateLimitedException.class,
                () -> limits.checkSignIn(Scope.USER, "10.6.6.6", "helen")))
            .isNotNull();
        assertThat(meters.counter("reset.limits.refused", "limit", "sign-in-failures").count()).isEqualTo(1);
        assertThat(meters.getMeters()).allSatisfy((meter) -> assertThat(meter.getId().getTags())
            .noneMatch((tag) -> tag.getValue().contains("helen") || tag.getValue().contains("10.6")));
    }

    @Test
    void successesCountOnlyAgainstTheAddress() {
        for (int i = 0; i < 10; i++) {
            limits.checkSignIn(Scope.USER, "10.0.0.1", "helen");
        }

        assertThatNoException().isThrownBy(() -> limits.checkSignIn(Scope.USER, "10.0.0.1", "helen"));
    }

    @Test
    void theConsoleHasLimitsOfItsOwn() {
        for (int i = 0; i < 3; i++) {
            limits.checkSignIn(Scope.USER, "10.0.0.1", "helen");
            limits.signInFailed(Scope.USER, "10.0.0.1", "helen");
        }

        assertThatNoException().isThrownBy(() -> limits.checkSignIn(Scope.CONSOLE, "10.0.0.1", "helen"));
    }

    @Test
    void livePasswordHelpPausesPerAddressAndPerSession() {
        limits.checkPasswordHelp("10.0.0.1", "session-a");
        limits.checkPasswordHelp("10.0.0.1", "session-a");
        assertThat(catchThrowableOfType(RateLimitedException.class,
                () -> limits.checkPasswordHelp("10.0.0.1", "session-a")))
            .isNotNull();

        limits.checkPasswordHelp("10.0.0.1", null);
        assertThat(catchThrowableOfType(RateLimitedException.class,
                () -> limits.checkPasswordHelp("10.0.0.1", "session-b")))
            .as("the address's share is used up")
            .isNotNull();
        assertThatNoException().isThrownBy(() -> limits.checkPasswordHelp("10.0.0.2", null));
    }

    @Test
    void anAddressStartsOnlySoManyFlows() {
        for (int i = 0; i < 5; i++) {
            limits.checkSessionStart("10.6.6.6");
        }

        assertThat(catchThrowableOfType(RateLimitedException.class, () -> limits.checkSessionStart("10.6.6.6")))
            .isNotNull();
    }

}

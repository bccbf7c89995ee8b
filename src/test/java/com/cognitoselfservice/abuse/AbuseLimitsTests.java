package com.cognitoselfservice.abuse;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AbuseLimitsTests {

    final AbuseLimits limits = new AbuseLimits(new LimitsProperties(Duration.ofMinutes(15), 4, 2, 3, 2, 3, 2));

    @Test
    void oneUsernameGetsOnlyItsShareOfCodes() {
        limits.checkCodeSend("10.0.0.1", "ana");
        limits.checkCodeSend("10.0.0.2", "ANA");

        RateLimitedException refused = catchThrowableOfType(RateLimitedException.class,
                () -> limits.checkCodeSend("10.0.0.3", " ana "));

        assertThat(refused.retryAfterSeconds()).isBetween(1L, 15 * 60L);
    }

    @Test
    void oneAddressGetsOnlyItsShareWhateverTheUsernames() {
        for (String user : List.of("a", "b", "c", "d")) {
            limits.checkCodeSend("10.0.0.9", user);
        }

        assertThat(catchThrowableOfType(RateLimitedException.class, () -> limits.checkCodeSend("10.0.0.9", "e")))
            .isNotNull();
        assertThatNoException().isThrownBy(() -> limits.checkCodeSend("10.0.0.10", "e"));
    }

    @Test
    void confirmAttemptsAreCountedApartFromSends() {
        limits.checkCodeSend("10.0.0.1", "bo");
        limits.checkCodeSend("10.0.0.1", "bo");
        limits.checkConfirm("10.0.0.1", "bo");
        limits.checkConfirm("10.0.0.1", "bo");

        assertThat(catchThrowableOfType(RateLimitedException.class, () -> limits.checkConfirm("10.0.0.1", "bo")))
            .isNotNull();
    }

}

package com.cognitoselfservice.proofofwork;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProofOfWorkPropertiesTests {

    final ProofOfWorkProperties defaults = new ProofOfWorkProperties(true, 0.5, List.of(20_000L, 60_000L, 200_000L),
            Duration.ofMinutes(10), Duration.ofSeconds(5), 2, Duration.ofMinutes(5));

    @Test
    void noChallengeBelowHalfThenHarderEachThirdOfTheWayToTheLimit() {
        assertThat(defaults.level(0)).isZero();
        assertThat(defaults.level(0.49)).isZero();
        assertThat(defaults.level(0.5)).isEqualTo(1);
        assertThat(defaults.level(0.66)).isEqualTo(1);
        assertThat(defaults.level(0.67)).isEqualTo(2);
        assertThat(defaults.level(0.84)).isEqualTo(3);
        assertThat(defaults.level(1)).isEqualTo(3);
        assertThat(defaults.difficulty(1)).isEqualTo(20_000L);
        assertThat(defaults.difficulty(3)).isEqualTo(200_000L);
    }

    @Test
    void switchedOffMeansNeverAsked() {
        ProofOfWorkProperties off = new ProofOfWorkProperties(false, 0.5, List.of(20_000L), Duration.ofMinutes(10),
                Duration.ofSeconds(5), 2, Duration.ofMinutes(5));
        assertThat(off.level(1)).isZero();
    }

}

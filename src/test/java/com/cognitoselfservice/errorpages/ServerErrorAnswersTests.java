package com.cognitoselfservice.errorpages;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerErrorAnswersTests {

    static final long SECOND = 1_000_000_000L;

    @Test
    void tenLinesASecondPerCauseAndTheNextOneSaysHowManyWereNotWritten() {
        ServerErrorAnswers.Window window = new ServerErrorAnswers.Window();
        for (int line = 0; line < ServerErrorAnswers.LINES_PER_SECOND; line++) {
            assertThat(window.take(5 * SECOND + line)).isZero();
        }
        for (int skipped = 0; skipped < 7; skipped++) {
            assertThat(window.take(5 * SECOND + 100 + skipped)).isEqualTo(-1);
        }

        assertThat(window.take(6 * SECOND)).isEqualTo(7);
        assertThat(window.take(6 * SECOND + 1)).isZero();
    }

}

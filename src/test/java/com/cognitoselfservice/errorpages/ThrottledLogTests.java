package com.cognitoselfservice.errorpages;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ThrottledLogTests {

    @Test
    void aFloodOfOneKindOfClientErrorIsOneWarningAMinute(CapturedOutput output) {
        ThrottledLog log = new ThrottledLog(LoggerFactory.getLogger(ThrottledLogTests.class));

        for (int i = 0; i < 500; i++) {
            log.warn("Refused requests whose parameters could not be decoded");
        }
        log.warn("Another kind of refusal");

        assertThat(output.toString().lines().filter((line) -> line.contains("WARN")).toList()).hasSize(2)
            .anySatisfy((line) -> assertThat(line).endsWith("could not be decoded (1 in the last minute)"))
            .anySatisfy((line) -> assertThat(line).endsWith("Another kind of refusal (1 in the last minute)"));
    }

}

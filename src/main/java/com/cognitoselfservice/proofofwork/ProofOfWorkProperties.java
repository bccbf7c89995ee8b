package com.cognitoselfservice.proofofwork;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The proof-of-work challenge ({@code RESET_PROOF_OF_WORK_*}): on unless {@code enabled}
 * is false. From {@code from} of a limit or the budget used, a form carries a challenge;
 * each of the {@code difficulties} (the highest number a browser may have to try) is for
 * a third of the way from there to a limit spent. A challenge is good for
 * {@code validity} after the page is shown. Without JavaScript a form is let through
 * after a wait instead ({@link WaitTickets}): at least {@code noScriptWait} for each
 * level, and no more than {@code noScriptTurnsPerSecond} such forms a second for the
 * deployment, with a turn further away than {@code noScriptLongestWait} not given.
 */
@Validated
@ConfigurationProperties("reset.proof-of-work")
record ProofOfWorkProperties(@DefaultValue("true") boolean enabled, @DefaultValue("0.5") @Min(0) @Max(1) double from,
        @DefaultValue("20000,60000,200000") @Size(min = 1, max = 5) List<@Min(1000) Long> difficulties,
        @DefaultValue("10m") Duration validity, @DefaultValue("5s") Duration noScriptWait,
        @DefaultValue("2") @Min(1) int noScriptTurnsPerSecond, @DefaultValue("5m") Duration noScriptLongestWait) {

    /**
     * The level, 1 to the number of difficulties, for this much of a limit used; 0 below.
     */
    int level(double used) {
        if (!enabled || used < from) {
            return 0;
        }
        double step = (1.0 - from) / difficulties.size();
        int level = 1 + (int) ((used - from) / step);
        return Math.min(level, difficulties.size());
    }

    long difficulty(int level) {
        return difficulties.get(level - 1);
    }

}

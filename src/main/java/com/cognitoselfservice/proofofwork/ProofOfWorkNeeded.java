package com.cognitoselfservice.proofofwork;

import java.time.Duration;

import com.cognitoselfservice.refusal.TryLater;

/**
 * The form came without a solution while one is asked for: the page comes back with a
 * challenge, which the browser solves as the form is sent again. Without JavaScript,
 * trying again once the pressure eases works.
 */
final class ProofOfWorkNeeded extends TryLater {

    ProofOfWorkNeeded(Duration easesIn) {
        super("proof-of-work.needed", easesIn);
    }

}

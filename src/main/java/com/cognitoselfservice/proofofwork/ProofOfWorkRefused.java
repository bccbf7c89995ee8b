package com.cognitoselfservice.proofofwork;

import com.cognitoselfservice.refusal.Refusal;

/**
 * A solution that was forged, altered, made for another form, too easy for the pressure
 * now, or already used: refused before anything else is done.
 */
final class ProofOfWorkRefused extends Refusal {

    ProofOfWorkRefused() {
        super("proof-of-work.invalid", null, null);
    }

}

package com.cognitoselfservice.proofofwork;

import java.time.Instant;

/**
 * The solutions already used, each until its challenge expires: a solution is good for
 * one request. In memory, or in Redis for a fleet, where a solution used on one instance
 * is used on all.
 */
interface UsedSolutions {

    /**
     * Marks the challenge's solution used.
     * @return false when it already was
     */
    boolean claim(String challenge, Instant expires);

}

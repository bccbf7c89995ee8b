package com.cognitoselfservice.flow;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Makes an answer take at least a fixed time, so that how long a request took does not
 * tell whether the account exists (an unknown user costs Cognito less work than sending a
 * code).
 */
final class ResponseTimeFloor {

    private ResponseTimeFloor() {
    }

    static <T> T atLeast(Duration floor, Supplier<T> work) {
        long deadline = System.nanoTime() + floor.toNanos();
        try {
            return work.get();
        }
        finally {
            waitUntil(deadline);
        }
    }

    private static void waitUntil(long deadline) {
        long left = deadline - System.nanoTime();
        while (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
            left = deadline - System.nanoTime();
        }
    }

}

package com.cognitoselfservice.flow;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Makes an answer take at least a fixed time, so that how long a request took does not
 * tell whether the account exists (an unknown user costs Cognito less work than sending a
 * code). The work runs at once on the request's thread; the answer (or the failure) is
 * then handed over when the time is up by one scheduler thread, so the waiting holds no
 * request thread: a flood of code requests cannot take the threads page views need.
 */
@Component
class ResponseTimeFloor implements DisposableBean {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
        Thread thread = new Thread(task, "response-time-floor");
        thread.setDaemon(true);
        return thread;
    });

    <T> CompletableFuture<T> atLeast(Duration floor, Supplier<T> work) {
        long deadline = System.nanoTime() + floor.toNanos();
        CompletableFuture<T> answer = new CompletableFuture<>();
        Runnable complete;
        try {
            T result = work.get();
            complete = () -> answer.complete(result);
        }
        catch (RuntimeException ex) {
            complete = () -> answer.completeExceptionally(ex);
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            complete.run();
        }
        else {
            scheduler.schedule(complete, left, TimeUnit.NANOSECONDS);
        }
        return answer;
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }

}

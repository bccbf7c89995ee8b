package com.cognitoselfservice.notify;

import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.cognitoselfservice.cognito.AdminGateway;
import com.cognitoselfservice.cognito.ManagedUser;
import com.cognitoselfservice.ses.EmailNotSent;
import com.cognitoselfservice.ses.SesGateway;

/**
 * Sends notices on one background thread, from a bounded queue. Throttling and SES's own
 * failures are tried again later, waiting twice as long each time; a notice that cannot
 * be sent (queue full, attempts used up, refused) is counted and logged at WARN, with the
 * username but never the address. Only a verified email gets one: an unverified address
 * may not be the person's.
 */
@Component
class NoticeSender implements DisposableBean {

    private static final Log log = LogFactory.getLog(NoticeSender.class);

    private final NotifyProperties properties;

    private final AdminGateway cognito;

    private final SesGateway ses;

    private final NoticeMessages messages;

    private final MeterRegistry meters;

    private final AtomicInteger waiting = new AtomicInteger();

    private final ScheduledThreadPoolExecutor worker = new ScheduledThreadPoolExecutor(1, (task) -> {
        Thread thread = new Thread(task, "password-notices");
        thread.setDaemon(true);
        return thread;
    });

    NoticeSender(NotifyProperties properties, AdminGateway cognito, SesGateway ses, NoticeMessages messages,
            MeterRegistry meters) {
        this.properties = properties;
        this.cognito = cognito;
        this.ses = ses;
        this.messages = messages;
        this.meters = meters;
        meters.gauge("reset.notices.waiting", waiting);
    }

    void offer(Notice notice) {
        if (waiting.incrementAndGet() > properties.queueCapacity()) {
            waiting.decrementAndGet();
            givenUp(notice, "the queue is full", 0);
            return;
        }
        worker.execute(() -> attempt(notice, 1));
    }

    private void attempt(Notice notice, int attempt) {
        try {
            String to = (notice.verifiedEmail() != null) ? notice.verifiedEmail() : verifiedEmail(notice.username());
            if (to == null) {
                count("no-verified-email");
                done();
                return;
            }
            NoticeMessages.Message message = messages.of(notice.to(to));
            ses.send(properties.from(), to, message.subject(), message.text(), message.html());
            count("sent");
            done();
        }
        catch (EmailNotSent ex) {
            retryOrGiveUp(notice, attempt, ex.isWorthRetrying(), ex.errorCode());
        }
        catch (RuntimeException ex) {
            retryOrGiveUp(notice, attempt, true, ex.getClass().getSimpleName());
        }
    }

    private @Nullable String verifiedEmail(String username) {
        ManagedUser user = cognito.user(username);
        return (user.email() != null && user.emailVerified()) ? user.email() : null;
    }

    private void retryOrGiveUp(Notice notice, int attempt, boolean worthRetrying, String why) {
        if (!worthRetrying || attempt >= properties.attempts() || worker.isShutdown()) {
            done();
            givenUp(notice, why, attempt);
            return;
        }
        Duration wait = properties.firstRetry().multipliedBy(1L << Math.min(attempt - 1, 10));
        worker.schedule(() -> attempt(notice, attempt + 1), wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void givenUp(Notice notice, String why, int attempts) {
        count("given-up");
        log.warn("A password-change notice for user " + notice.username() + " was not sent (" + why + ") after "
                + attempts + " attempt(s)");
    }

    private void done() {
        waiting.decrementAndGet();
    }

    private void count(String outcome) {
        meters.counter("reset.notices", "outcome", outcome).increment();
    }

    /** Gives what is already waiting a few seconds to go out. */
    @Override
    public void destroy() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }

}

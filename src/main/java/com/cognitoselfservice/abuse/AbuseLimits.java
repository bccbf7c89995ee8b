package com.cognitoselfservice.abuse;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Limits per client address and per username, so that neither one address nor one account
 * can be used to spam codes or guess them. What guesses (a code, a password) counts per
 * username and address together: failures from elsewhere never refuse the person the
 * account belongs to. Each refusal is counted by limit, without the username or address.
 * Buckets live in memory, or in Redis for a fleet ({@link Buckets}); when they cannot be
 * reached, nothing is let through.
 */
@Component
public class AbuseLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final LimitsProperties limits;

    private final Buckets buckets;

    private final MeterRegistry meters;

    // Settled at start: every page view with a form reads one of these.
    private final Map<AddressLimit, BucketConfiguration> addressLimits = new EnumMap<>(AddressLimit.class);

    AbuseLimits(LimitsProperties limits, Buckets buckets, MeterRegistry meters) {
        this.limits = limits;
        this.buckets = buckets;
        this.meters = meters;
        for (AddressLimit limit : AddressLimit.values()) {
            addressLimits.put(limit, Buckets.refilledOver(limit.capacity.applyAsInt(limits), limits.window()));
        }
    }

    /** An address asking for more codes than any one person would. */
    public void checkCodeSendFrom(String clientIp) {
        consume(AddressLimit.CODE_SEND, clientIp);
    }

    /**
     * Takes one of a username's code sends, against filling an inbox: empty when one is
     * left, else how long until there is.
     */
    public Optional<Duration> takeCodeSendFor(String username) {
        ConsumptionProbe probe = bucket("code-send-user", normalize(username), limits.codeSendsPerUsername(),
                limits.window(), (bucket) -> bucket.tryConsumeAndReturnRemaining(1));
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        meters.counter("reset.limits.refused", "limit", "code-send-user").increment();
        return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /**
     * Gives back a code send that did not happen (Cognito could not be reached, or the
     * deployment's budget was spent), so that retrying through an outage does not use up
     * the person's codes.
     */
    public void giveBackCodeSendFor(String username) {
        bucket("code-send-user", normalize(username), limits.codeSendsPerUsername(), limits.window(), (bucket) -> {
            bucket.addTokens(1);
            return null;
        });
    }

    public void checkConfirm(String clientIp, String username) {
        consume(AddressLimit.CONFIRM, clientIp);
        consume("confirm-user-ip", normalize(username) + "|" + clientIp, limits.confirmsPerUsername());
    }

    /**
     * Before a sign-in: the address's own limit, and the failures of this username from
     * this address. A success counts against neither of the latter.
     */
    public void checkSignIn(Scope scope, String clientIp, String username) {
        consume(scope.addressLimit, clientIp);
        EstimationProbe failures = bucket(scope.name + "-failures", normalize(username) + "|" + clientIp,
                scope.perUsername(limits), limits.window(), (bucket) -> bucket.estimateAbilityToConsume(1));
        if (!failures.canBeConsumed()) {
            refuse(scope.name + "-failures", failures.getNanosToWaitForRefill());
        }
    }

    /** A sign-in with a wrong password, counted for this username from this address. */
    public void signInFailed(Scope scope, String clientIp, String username) {
        bucket(scope.name + "-failures", normalize(username) + "|" + clientIp, scope.perUsername(limits),
                limits.window(), (bucket) -> bucket.tryConsume(1));
    }

    /**
     * Live password help asked for more often than typing would: per address, and per
     * session when there is one.
     */
    public void checkPasswordHelp(String clientIp, @Nullable String sessionId) {
        consume("password-help-ip", clientIp, limits.passwordHelpPerIpPerMinute(), MINUTE);
        if (sessionId != null) {
            consume("password-help-session", sessionId, limits.passwordHelpPerSessionPerMinute(), MINUTE);
        }
    }

    /**
     * How much of one of an address's limits is used, from 0 to 1, without using any of
     * it; and how long until it is back under half.
     */
    public Usage usageFrom(String clientIp, AddressLimit limit) {
        int capacity = limit.capacity.applyAsInt(limits);
        long available = buckets.peek(limit.name + ":" + clientIp, addressLimits.get(limit), Bucket::getAvailableTokens)
            .orElse((long) capacity);
        double used = 1.0 - (double) Math.max(0, available) / capacity;
        long missing = (capacity + 1) / 2 - available;
        Duration eases = (missing <= 0) ? Duration.ZERO : limits.window().multipliedBy(missing).dividedBy(capacity);
        return new Usage(used, eases);
    }

    /** How much of a limit is used, and how long until it is back under half. */
    public record Usage(double used, Duration easesIn) {
    }

    /**
     * The per-address limits a request can come close to (what calls Cognito, and what
     * starts a flow): one definition for taking from them and for reading how much is
     * used.
     */
    public enum AddressLimit {

        CODE_SEND("code-send-ip", LimitsProperties::codeSendsPerIp),
        SIGN_IN("sign-in-ip", LimitsProperties::signInsPerIp),
        CONSOLE_SIGN_IN("console-sign-in-ip", LimitsProperties::consoleSignInsPerIp),
        CONFIRM("confirm-ip", LimitsProperties::confirmsPerIp),
        SESSION_START("session-start-ip", LimitsProperties::sessionStartsPerIp);

        private final String name;

        private final ToIntFunction<LimitsProperties> capacity;

        AddressLimit(String name, ToIntFunction<LimitsProperties> capacity) {
            this.name = name;
            this.capacity = capacity;
        }

    }

    /** An address starting more flows than any one person would. */
    public void checkSessionStart(String clientIp) {
        consume(AddressLimit.SESSION_START, clientIp);
    }

    private void consume(AddressLimit limit, String clientIp) {
        consume(limit.name, clientIp, addressLimits.get(limit));
    }

    private void consume(String limit, String key, int capacity) {
        consume(limit, key, capacity, limits.window());
    }

    private void consume(String limit, String key, int capacity, Duration window) {
        consume(limit, key, Buckets.refilledOver(capacity, window));
    }

    private void consume(String limit, String key, BucketConfiguration configuration) {
        ConsumptionProbe probe = buckets.use(limit + ":" + key, configuration,
                (bucket) -> bucket.tryConsumeAndReturnRemaining(1));
        if (!probe.isConsumed()) {
            refuse(limit, probe.getNanosToWaitForRefill());
        }
    }

    private void refuse(String limit, long nanosToWait) {
        meters.counter("reset.limits.refused", "limit", limit).increment();
        throw new RateLimitedException(Duration.ofNanos(nanosToWait));
    }

    private <T> T bucket(String limit, String key, int capacity, Duration window, Function<Bucket, T> use) {
        return buckets.use(limit + ":" + key, Buckets.refilledOver(capacity, window), use);
    }

    // Cognito user names are case-insensitive by default, so "Alice" and "alice" share a
    // bucket.
    private static String normalize(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whose sign-ins: the user pages' or the admin console's, each with limits of its
     * own.
     */
    public enum Scope {

        USER("sign-in", AddressLimit.SIGN_IN), CONSOLE("console-sign-in", AddressLimit.CONSOLE_SIGN_IN);

        private final String name;

        private final AddressLimit addressLimit;

        Scope(String name, AddressLimit addressLimit) {
            this.name = name;
            this.addressLimit = addressLimit;
        }

        int perUsername(LimitsProperties limits) {
            return (this == USER) ? limits.signInsPerUsername() : limits.consoleSignInsPerUsername();
        }

    }

}

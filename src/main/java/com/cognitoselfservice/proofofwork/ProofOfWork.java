package com.cognitoselfservice.proofofwork;

import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.core.instrument.Metrics;
import org.altcha.altcha.Altcha;
import org.jspecify.annotations.Nullable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import com.cognitoselfservice.deploymentkeys.ServerKeys;
import com.cognitoselfservice.sharedstore.StoreUnavailable;

/**
 * Challenges made and solutions checked with the ALTCHA library: SHA-256 of the salt and
 * a secret number below the difficulty, signed with HMAC-SHA-256 under a key derived from
 * the deployment's key (so every instance of a fleet accepts what another made). The salt
 * carries the challenge's expiry, purpose and level, so none of them can be changed
 * without breaking the signature. A solution is checked before anything else is done with
 * the form: its signature, purpose, expiry, that it is not easier than one level below
 * the pressure now, and that it was not used before.
 */
@Component
public class ProofOfWork {

    /** The form field that carries the solution, as the ALTCHA widget names it. */
    public static final String FIELD = "altcha";

    private static final Log log = LogFactory.getLog(ProofOfWork.class);

    private static final String TICKET = WaitTickets.Ticket.class.getName();

    private final ProofOfWorkProperties properties;

    private final Pressure pressure;

    private final UsedSolutions used;

    private final List<String> keys;

    private final Clock clock;

    private final JsonMapper json = JsonMapper.builder().build();

    private final WaitTickets tickets;

    ProofOfWork(ProofOfWorkProperties properties, Pressure pressure, UsedSolutions used, ServerKeys keys, Clock clock,
            WaitTickets tickets) {
        this.properties = properties;
        this.tickets = tickets;
        this.pressure = pressure;
        this.used = used;
        this.keys = keys.signingKeys("proof-of-work")
            .stream()
            .map((key) -> HexFormat.of().formatHex(key.sign("altcha-hmac-key")))
            .toList();
        this.clock = clock;
    }

    /** The challenge a form should carry now, if any. */
    public Optional<Offer> offer(Purpose purpose, HttpServletRequest request) {
        if (!properties.enabled()) {
            return Optional.empty();
        }
        Pressure.Reading reading;
        try {
            reading = pressure.glance(purpose, request);
        }
        catch (StoreUnavailable ex) {
            // The page still shows; sending it fails closed with the limits.
            return Optional.empty();
        }
        int level = properties.level(reading.used());
        if (level == 0) {
            return Optional.empty();
        }
        Altcha.Challenge challenge = challenge(purpose, level);
        count("offered");
        String challengeJson = json
            .writeValueAsString(Map.of("algorithm", challenge.algorithm, "challenge", challenge.challenge, "maxnumber",
                    challenge.maxnumber, "salt", challenge.salt, "signature", challenge.signature));
        return Optional.of(new Offer(challengeJson, level, Math.max(1, reading.easesIn().toSeconds()),
                ticketGiven(purpose, request)));
    }

    /**
     * Lets the request through when no solution is asked for, or when it carries a good
     * one, which is then used up.
     * @throws com.cognitoselfservice.refusal.Refusal when one is asked for and missing,
     * or the one sent is not good
     */
    public void check(Purpose purpose, HttpServletRequest request) {
        if (!properties.enabled()) {
            return;
        }
        String payload = request.getParameter(FIELD);
        Pressure.Reading reading = pressure.of(purpose, request);
        int required = properties.level(reading.used());
        if (payload == null || payload.isBlank()) {
            if (required > 0) {
                // Without JavaScript: a ticket whose turn has come, else one for later.
                if (tickets.redeem(purpose, request)) {
                    count("waited");
                    return;
                }
                tickets.issue(purpose, required, request)
                    .ifPresent((ticket) -> request.setAttribute(TICKET + purpose, ticket));
            }
            passOnlyIfNoneAsked(required, reading);
            return;
        }
        Solution solution = solution(payload, purpose).orElseThrow(() -> refused("not ours or altered"));
        if (solution.expires().isBefore(clock.instant())) {
            passOnlyIfNoneAsked(required, reading);
            return;
        }
        if (solution.level() < required - 1) {
            throw refused("level " + solution.level() + " while " + required + " is asked for");
        }
        if (!used.claim(solution.challenge(), solution.expires())) {
            throw refused("used before");
        }
        count("passed");
    }

    // No solution, or one past its time: as good as none, which only a calm form may
    // send.
    private static void passOnlyIfNoneAsked(int required, Pressure.Reading reading) {
        if (required > 0) {
            count("missing");
            throw new ProofOfWorkNeeded(reading.easesIn());
        }
    }

    // The wait ticket this request was given with its refusal, if any.
    private static WaitTickets.@Nullable Ticket ticketGiven(Purpose purpose, HttpServletRequest request) {
        return (request.getAttribute(TICKET + purpose) instanceof WaitTickets.Ticket ticket) ? ticket : null;
    }

    private static ProofOfWorkRefused refused(String why) {
        log.debug("Proof-of-work solution refused: " + why);
        count("refused");
        return new ProofOfWorkRefused();
    }

    private static void count(String outcome) {
        Metrics.counter("reset.proof.of.work", "outcome", outcome).increment();
    }

    /**
     * A challenge for the page, as the JSON the script reads, and its level; and the wait
     * ticket of a form just refused for coming without a solution.
     */
    public record Offer(String challengeJson, int level, long retryAfterSeconds, WaitTickets.@Nullable Ticket ticket) {
    }

    private record Solution(String challenge, int level, Instant expires) {
    }

    private Altcha.Challenge challenge(Purpose purpose, int level) {
        try {
            return Altcha.createChallenge(new Altcha.ChallengeOptions().setAlgorithm(AltchaPayload.SHA_256)
                .setMaxNumber(properties.difficulty(level))
                .setSecureRandomNumber(true)
                .setHmacKey(keys.get(0))
                .setExpires(clock.instant().plus(properties.validity()).getEpochSecond())
                .addParam("purpose", purpose.key())
                .addParam("level", Integer.toString(level)));
        }
        catch (Exception ex) {
            throw new IllegalStateException("A proof-of-work challenge could not be made", ex);
        }
    }

    private Optional<Solution> solution(String payload, Purpose purpose) {
        return AltchaPayload.verify(payload, keys)
            .filter((verified) -> purpose.key().equals(verified.params().get("purpose")))
            .flatMap((verified) -> {
                try {
                    return Optional.of(new Solution(verified.challenge(),
                            Integer.parseInt(verified.params().getOrDefault("level", "0")),
                            Instant.ofEpochSecond(Long.parseLong(verified.params().getOrDefault("expires", "0")))));
                }
                catch (NumberFormatException ex) {
                    return Optional.empty();
                }
            });
    }

}

package com.cognitoselfservice.proofofwork;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

import com.cognitoselfservice.abuse.ClientAddress;
import com.cognitoselfservice.abuse.WaitingLines;
import com.cognitoselfservice.deploymentkeys.ServerKeys;
import com.cognitoselfservice.deploymentkeys.SigningKey;
import com.cognitoselfservice.deploymentkeys.TokenRandom;

/**
 * The way through for a browser without JavaScript while forms ask for work: a ticket
 * that says "send this form again after this time", signed by the deployment and bound to
 * the form's purpose and the sender's address. Waiting is the price instead of work: each
 * ticket is a turn in a line that lets only {@code noScriptTurnsPerSecond} through a
 * second for the whole deployment, so tickets cannot carry a flood past the budget, and a
 * turn never comes sooner than a browser would take to solve the challenge. A ticket is
 * good once, for {@link #GOOD_FOR} after its turn.
 */
@Component
class WaitTickets {

    /** The form field that carries a ticket; only a form without JavaScript sends it. */
    static final String FIELD = "wait";

    static final Duration GOOD_FOR = Duration.ofMinutes(2);

    private final ProofOfWorkProperties properties;

    private final WaitingLines lines;

    private final UsedSolutions used;

    private final List<SigningKey> keys;

    private final Clock clock;

    WaitTickets(ProofOfWorkProperties properties, WaitingLines lines, UsedSolutions used, ServerKeys keys,
            Clock clock) {
        this.properties = properties;
        this.lines = lines;
        this.used = used;
        this.keys = keys.signingKeys("wait-ticket");
        this.clock = clock;
    }

    /** A ticket for this form at this level of pressure, unless the line is too long. */
    Optional<Ticket> issue(Purpose purpose, int level, HttpServletRequest request) {
        Duration least = properties.noScriptWait().multipliedBy(level);
        return lines.takeTurn(purpose.key(), properties.noScriptTurnsPerSecond(), properties.noScriptLongestWait())
            .map((turn) -> {
                Duration wait = (turn.compareTo(least) > 0) ? turn : least;
                Instant from = clock.instant().plus(wait);
                byte[] nonce = new byte[12];
                TokenRandom.get().nextBytes(nonce);
                String claims = purpose.key() + "|" + from.getEpochSecond() + "|" + HexFormat.of().formatHex(nonce);
                String token = encode(claims) + "." + encode(keys.get(0).sign(bound(claims, request)));
                return new Ticket(token, Math.max(1, (wait.toMillis() + 999) / 1000));
            });
    }

    /**
     * Whether this request carries a good ticket for this form whose turn has come; it is
     * then used up.
     */
    boolean redeem(Purpose purpose, HttpServletRequest request) {
        String token = request.getParameter(FIELD);
        if (token == null || token.length() > 200 || token.indexOf('.') < 0) {
            return false;
        }
        Optional<String> claims = verified(token, request);
        if (claims.isEmpty()) {
            return false;
        }
        String[] parts = claims.get().split("\\|");
        if (parts.length != 3 || !purpose.key().equals(parts[0])) {
            return false;
        }
        Instant from;
        try {
            from = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        }
        catch (NumberFormatException ex) {
            return false;
        }
        Instant now = clock.instant();
        Instant until = from.plus(GOOD_FOR);
        return !now.isBefore(from) && now.isBefore(until) && used.claim("wait:" + parts[2], until);
    }

    private Optional<String> verified(String token, HttpServletRequest request) {
        try {
            String claims = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                    StandardCharsets.UTF_8);
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(token.indexOf('.') + 1));
            for (SigningKey key : keys) {
                if (MessageDigest.isEqual(signature, key.sign(bound(claims, request)))) {
                    return Optional.of(claims);
                }
            }
            return Optional.empty();
        }
        catch (IllegalArgumentException ex) {
            return Optional.empty();
        }
    }

    // Signed with the address, so that a ticket is no good from elsewhere.
    private static String bound(String claims, HttpServletRequest request) {
        return claims + "|" + ClientAddress.of(request);
    }

    private static String encode(String text) {
        return encode(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A ticket, and the whole seconds to wait before sending the form with it. */
    record Ticket(String token, long waitSeconds) {
    }

}

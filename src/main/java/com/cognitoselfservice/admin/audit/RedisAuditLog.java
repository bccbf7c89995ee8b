package com.cognitoselfservice.admin.audit;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import com.cognitoselfservice.deploymentkeys.ServerKeys;
import com.cognitoselfservice.sharedstore.StoreUnavailable;

/**
 * The fleet's audit trail: every instance adds its entries to Redis, so
 * {@code /admin/audit} on any instance shows them all. Helpdesk actions and console
 * sign-ins are kept apart, each the last ten thousand and none older than
 * {@link #RETENTION}; each entry is sealed under the deployment's key like a session's
 * values, so a dump of Redis holds neither usernames nor addresses. Each entry is also
 * one JSON line on the {@code audit} logger, written first: when Redis is out of reach
 * the log line is the record.
 */
@Component
@Profile("redis")
class RedisAuditLog implements AuditLog {

    static final Duration RETENTION = Duration.ofDays(90);

    static final String ACTIONS = "reset:audit:actions";

    static final String SIGN_INS = "reset:audit:sign-ins";

    // Where earlier versions kept the trail unsealed.
    private static final String UNSEALED = "reset:audit";

    private static final int KEPT = 10_000;

    private static final Logger audit = LoggerFactory.getLogger("audit");

    private static final Logger logger = LoggerFactory.getLogger(RedisAuditLog.class);

    private final StringRedisTemplate redis;

    private final ServerKeys keys;

    private final Clock clock;

    private final JsonMapper json = JsonMapper.builder().build();

    RedisAuditLog(StringRedisTemplate redis, ServerKeys keys, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
        try {
            redis.delete(UNSEALED);
        }
        catch (DataAccessException ex) {
            logger.warn("The audit trail of an earlier version could not be removed from Redis; "
                    + "it is removed at the next start that reaches Redis");
        }
    }

    @Override
    public void record(AuditEntry entry) {
        String line = entry.toJson();
        audit.info(line);
        String key = entry.isHelpdeskAction() ? ACTIONS : SIGN_INS;
        long now = clock.millis();
        try {
            redis.opsForZSet().add(key, sealed(key, line), entry.time().toEpochMilli());
            redis.opsForZSet().removeRangeByScore(key, Double.NEGATIVE_INFINITY, now - RETENTION.toMillis());
            redis.opsForZSet().removeRange(key, 0, -KEPT - 1L);
            redis.expire(key, RETENTION);
        }
        catch (DataAccessException ex) {
            logger.warn("An audit entry could not be added to the shared trail; it is in the audit log only");
        }
    }

    @Override
    public List<AuditEntry> recentActions(int limit) {
        return recent(ACTIONS, limit);
    }

    @Override
    public List<AuditEntry> recentSignIns(int limit) {
        return recent(SIGN_INS, limit);
    }

    private List<AuditEntry> recent(String key, int limit) {
        Set<String> sealed = StoreUnavailable.whenReachable(() -> redis.opsForZSet().reverseRange(key, 0, limit - 1L));
        return (sealed == null) ? List.of()
                : sealed.stream().map((value) -> opened(key, value)).flatMap(Optional::stream).toList();
    }

    private String sealed(String key, String line) {
        return Base64.getEncoder().encodeToString(keys.seal(line.getBytes(StandardCharsets.UTF_8), key));
    }

    // An entry that does not open (another deployment's key, altered) is not shown.
    private Optional<AuditEntry> opened(String key, String value) {
        try {
            return keys.open(Base64.getDecoder().decode(value), key)
                .map((line) -> json.readValue(line, AuditEntry.class))
                .filter(Objects::nonNull);
        }
        catch (IllegalArgumentException | JacksonException ex) {
            return Optional.empty();
        }
    }

}

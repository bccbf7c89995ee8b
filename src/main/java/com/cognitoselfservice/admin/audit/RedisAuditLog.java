package com.cognitoselfservice.admin.audit;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Profile;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import com.cognitoselfservice.sharedstore.StoreUnavailable;

/**
 * The fleet's audit trail: every instance adds its entries to one capped Redis list
 * (newest first, the last ten thousand), so {@code /admin/audit} on any instance shows
 * them all. Each entry is also one JSON line on the {@code audit} logger, written first:
 * when Redis is out of reach the log line is the record.
 */
@Component
@Profile("redis")
class RedisAuditLog implements AuditLog {

    private static final Logger audit = LoggerFactory.getLogger("audit");

    private static final Logger logger = LoggerFactory.getLogger(RedisAuditLog.class);

    static final String KEY = "reset:audit";

    private static final int KEPT = 10_000;

    private final StringRedisTemplate redis;

    private final JsonMapper json = JsonMapper.builder().build();

    RedisAuditLog(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public void record(AuditEntry entry) {
        String line = entry.toJson();
        audit.info(line);
        try {
            redis.opsForList().leftPush(KEY, line);
            redis.opsForList().trim(KEY, 0, KEPT - 1);
        }
        catch (DataAccessException ex) {
            logger.warn("An audit entry could not be added to the shared trail; it is in the audit log only");
        }
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        List<String> lines = StoreUnavailable.whenReachable(() -> redis.opsForList().range(KEY, 0, limit - 1L));
        return (lines != null) ? lines.stream().map((line) -> json.readValue(line, AuditEntry.class)).toList()
                : List.of();
    }

}

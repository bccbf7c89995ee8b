package com.cognitoselfservice.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.session.MapSession;
import org.springframework.session.SessionRepository;

import com.cognitoselfservice.deploymentkeys.ServerKeys;
import com.cognitoselfservice.sharedstore.StoreUnavailable;

/**
 * Sessions in Redis, for a fleet: any instance continues a flow another one started.
 * <p>
 * A session is a hash kept under an HMAC of its id ({@link RedisSessionNames}): its times
 * in the clear, and each attribute as its {@link SessionJson} sealed with AES-GCM under
 * the deployment's key and bound to the session's key and the attribute's name. Someone
 * who reads the store (a dump, a replica, a backup) finds neither a cookie to present nor
 * a Cognito session or username to read, and cannot move a value to another session or
 * attribute. A save writes only the attributes its request changed
 * ({@link ChangedSession}), in one step that does nothing when the session ended
 * meanwhile; a new id, or a key rotation, writes the whole session under its new key.
 * Each expires with its idle timeout, and is counted for the admission of new ones
 * ({@link RedisSessionCounts}).
 */
final class SealedRedisSessions implements SessionRepository<ChangedSession> {

    private static final String CREATED = "created";

    private static final String ACCESSED = "accessed";

    private static final String IDLE = "idle";

    private static final String ATTRIBUTE = "attribute:";

    private static final RedisScript<Long> SAVE = RedisScript.of("""
            -- KEYS[1]: the session's key; KEYS[2]: the key it was read from, or '' for a new session
            -- ARGV[1]: '1' to write the whole session; ARGV[2]: milliseconds to live;
            -- ARGV[3]: how many fields are set, then field and value pairs, then the fields removed
            if KEYS[2] ~= '' then
              if redis.call('EXISTS', KEYS[2]) == 0 then return 0 end
              if KEYS[2] ~= KEYS[1] then redis.call('DEL', KEYS[2]) end
            end
            if ARGV[1] == '1' then redis.call('DEL', KEYS[1]) end
            local sets = tonumber(ARGV[3])
            if sets > 0 then redis.call('HSET', KEYS[1], unpack(ARGV, 4, 3 + 2 * sets)) end
            if #ARGV > 3 + 2 * sets then redis.call('HDEL', KEYS[1], unpack(ARGV, 4 + 2 * sets)) end
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;

    private final ServerKeys keys;

    private final RedisSessionNames names;

    private final RedisSessionCounts counts;

    private final SessionJson json = new SessionJson();

    private final Duration idleTimeout;

    SealedRedisSessions(StringRedisTemplate redis, ServerKeys keys, RedisSessionNames names, RedisSessionCounts counts,
            Duration idleTimeout) {
        this.redis = redis;
        this.keys = keys;
        this.names = names;
        this.counts = counts;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public ChangedSession createSession() {
        return ChangedSession.started(idleTimeout);
    }

    @Override
    public void save(ChangedSession session) {
        String key = names.of(session.getId());
        String readFrom = session.storedAs();
        boolean whole = !key.equals(readFrom);
        String kind = session.getAttribute(LiveSessions.KIND);
        String address = session.getAttribute(LiveSessions.ADDRESS);
        String kindSet = (kind != null) ? RedisSessionNames.kindSet(SessionKind.valueOf(kind)) : null;
        String addressSet = (address != null && !SessionKind.CONSOLE.name().equals(kind)) ? names.addressSet(address)
                : null;
        List<String> arguments = arguments(session, key, whole, kindSet, addressSet);
        long expires = session.getLastAccessedTime().plus(session.getMaxInactiveInterval()).toEpochMilli();
        boolean kept = StoreUnavailable.whenReachable(() -> {
            Long written = redis.execute(SAVE, List.of(key, (readFrom != null) ? readFrom : ""), arguments.toArray());
            if (written == null || written == 0) {
                return false;
            }
            if (readFrom != null && !readFrom.equals(key)) {
                counts.uncount(readFrom, kindSet, addressSet);
            }
            counts.counted(key, kindSet, addressSet, expires, session.getMaxInactiveInterval());
            return true;
        });
        if (kept) {
            session.saved(key);
        }
    }

    // The script's arguments: the whole session, or the times and what the request
    // changed.
    private List<String> arguments(ChangedSession session, String key, boolean whole, @Nullable String kindSet,
            @Nullable String addressSet) {
        Set<String> changed = session.changedAttributes();
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> removed = new ArrayList<>();
        fields.put(ACCESSED, Long.toString(session.getLastAccessedTime().toEpochMilli()));
        fields.put(IDLE, Long.toString(session.getMaxInactiveInterval().toSeconds()));
        if (whole) {
            fields.put(CREATED, Long.toString(session.getCreationTime().toEpochMilli()));
        }
        if (whole || changed.contains(LiveSessions.KIND) || changed.contains(LiveSessions.ADDRESS)) {
            fields.put(RedisSessionCounts.KIND_SET, (kindSet != null) ? kindSet : "");
            fields.put(RedisSessionCounts.ADDRESS_SET, (addressSet != null) ? addressSet : "");
        }
        for (String name : whole ? session.getAttributeNames() : changed) {
            Object value = session.getAttribute(name);
            if (value != null) {
                fields.put(ATTRIBUTE + name, sealed(key, name, value));
            }
            else {
                removed.add(ATTRIBUTE + name);
            }
        }
        List<String> arguments = new ArrayList<>();
        arguments.add(whole ? "1" : "0");
        arguments.add(Long.toString(session.getMaxInactiveInterval().toMillis()));
        arguments.add(Integer.toString(fields.size()));
        fields.forEach((field, value) -> {
            arguments.add(field);
            arguments.add(value);
        });
        arguments.addAll(removed);
        return arguments;
    }

    @Override
    public @Nullable ChangedSession findById(String id) {
        return StoreUnavailable.whenReachable(() -> {
            for (String key : names.all(id)) {
                Map<Object, Object> stored = redis.opsForHash().entries(key);
                if (!stored.isEmpty()) {
                    MapSession session = opened(id, key, stored);
                    return (session != null && !session.isExpired()) ? ChangedSession.read(session, key) : null;
                }
            }
            return null;
        });
    }

    // Null when a value does not open: altered, moved, not sealed at all, or sealed under
    // a key no longer known.
    private @Nullable MapSession opened(String id, String key, Map<Object, Object> stored) {
        MapSession session = new MapSession(id);
        session.setCreationTime(Instant.ofEpochMilli(number(stored.get(CREATED))));
        session.setLastAccessedTime(Instant.ofEpochMilli(number(stored.get(ACCESSED))));
        session.setMaxInactiveInterval(Duration.ofSeconds(number(stored.get(IDLE))));
        for (Map.Entry<Object, Object> field : stored.entrySet()) {
            String name = field.getKey().toString();
            if (name.startsWith(ATTRIBUTE)) {
                String attribute = name.substring(ATTRIBUTE.length());
                Optional<Object> value = opened(field.getValue().toString(), boundTo(key, attribute));
                if (value.isEmpty()) {
                    return null;
                }
                session.setAttribute(attribute, value.get());
            }
        }
        return session;
    }

    // Whatever is stored there: a value that is not even sealed reads as none, so the
    // session reads as expired instead of failing the request.
    private Optional<Object> opened(String stored, String boundTo) {
        try {
            return keys.open(Base64.getDecoder().decode(stored), boundTo).map(json::read);
        }
        catch (IllegalArgumentException | JacksonException ex) {
            return Optional.empty();
        }
    }

    @Override
    public void deleteById(String id) {
        StoreUnavailable.whenReachable(() -> {
            names.all(id).forEach(counts::end);
            return null;
        });
    }

    private String sealed(String key, String attribute, Object value) {
        return Base64.getEncoder().encodeToString(keys.seal(json.write(value), boundTo(key, attribute)));
    }

    private static String boundTo(String key, String attribute) {
        return key + '\n' + attribute;
    }

    private static long number(@Nullable Object field) {
        try {
            return (field != null) ? Long.parseLong(field.toString()) : 0;
        }
        catch (NumberFormatException ex) {
            return 0;
        }
    }

}

package com.cognitoselfservice.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.session.MapSession;
import org.springframework.session.SessionRepository;

import com.cognitoselfservice.deploymentkeys.ServerKeys;
import com.cognitoselfservice.deploymentkeys.SigningKey;
import com.cognitoselfservice.sharedstore.StoreUnavailable;

/**
 * Sessions in Redis, for a fleet: any instance continues a flow another one started.
 * <p>
 * A session is a hash kept under an HMAC of its id: its times in the clear, and each
 * attribute as its {@link SessionJson} sealed with AES-GCM under the deployment's key and
 * bound to the session's key and the attribute's name. Someone who reads the store (a
 * dump, a replica, a backup) finds neither a cookie to present nor a Cognito session or
 * username to read, and cannot move a value to another session or attribute. A save
 * writes only the attributes its request changed ({@link ChangedSession}), in one step
 * that does nothing when the session ended meanwhile; a new id, or a key rotation, writes
 * the whole session under its new key. Each expires with its idle timeout. Per kind and
 * per (hashed) address, sorted sets of the keys by expiry give the admission its counts.
 */
final class SealedRedisSessions implements SessionRepository<ChangedSession>, SessionQuota {

    private static final String PREFIX = "reset:session:";

    private static final String CREATED = "created";

    private static final String ACCESSED = "accessed";

    private static final String IDLE = "idle";

    /** The sorted sets of kind and address the session's key is counted in. */
    private static final String KIND_SET = "kind-set";

    private static final String ADDRESS_SET = "address-set";

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

    private final List<SigningKey> names;

    private final SessionJson json = new SessionJson();

    private final Duration idleTimeout;

    SealedRedisSessions(StringRedisTemplate redis, ServerKeys keys, Duration idleTimeout) {
        this.redis = redis;
        this.keys = keys;
        this.names = keys.signingKeys("session-name");
        this.idleTimeout = idleTimeout;
    }

    @Override
    public ChangedSession createSession() {
        return ChangedSession.started(idleTimeout);
    }

    @Override
    public void save(ChangedSession session) {
        String key = key(names.get(0), session.getId());
        String readFrom = session.storedAs();
        boolean whole = !key.equals(readFrom);
        String kind = session.getAttribute(LiveSessions.KIND);
        String address = session.getAttribute(LiveSessions.ADDRESS);
        String kindSet = (kind != null) ? PREFIX + "kind:" + kind : null;
        String addressSet = (address != null && !SessionKind.CONSOLE.name().equals(kind)) ? addressKey(address) : null;

        Map<String, String> fields = new LinkedHashMap<>();
        List<String> removed = new ArrayList<>();
        fields.put(ACCESSED, Long.toString(session.getLastAccessedTime().toEpochMilli()));
        fields.put(IDLE, Long.toString(session.getMaxInactiveInterval().toSeconds()));
        if (whole) {
            fields.put(CREATED, Long.toString(session.getCreationTime().toEpochMilli()));
        }
        if (whole || session.changedAttributes().contains(LiveSessions.KIND)
                || session.changedAttributes().contains(LiveSessions.ADDRESS)) {
            fields.put(KIND_SET, (kindSet != null) ? kindSet : "");
            fields.put(ADDRESS_SET, (addressSet != null) ? addressSet : "");
        }
        for (String name : whole ? session.getAttributeNames() : session.changedAttributes()) {
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

        long expires = session.getLastAccessedTime().plus(session.getMaxInactiveInterval()).toEpochMilli();
        boolean kept = available(() -> {
            Long written = redis.execute(SAVE, List.of(key, (readFrom != null) ? readFrom : ""), arguments.toArray());
            if (written == null || written == 0) {
                return false;
            }
            if (readFrom != null && !readFrom.equals(key)) {
                uncount(readFrom, kindSet, addressSet);
            }
            if (kindSet != null) {
                redis.opsForZSet().add(kindSet, key, expires);
            }
            if (addressSet != null) {
                redis.opsForZSet().add(addressSet, key, expires);
                redis.expire(addressSet, session.getMaxInactiveInterval());
            }
            return true;
        });
        if (kept) {
            session.saved(key);
        }
    }

    @Override
    public @Nullable ChangedSession findById(String id) {
        return available(() -> {
            for (SigningKey name : names) {
                String key = key(name, id);
                Map<Object, Object> stored = redis.opsForHash().entries(key);
                if (!stored.isEmpty()) {
                    MapSession session = opened(id, key, stored);
                    return (session != null && !session.isExpired()) ? ChangedSession.read(session, key) : null;
                }
            }
            return null;
        });
    }

    // Null when a value does not open: altered, or sealed under a key no longer known.
    private @Nullable MapSession opened(String id, String key, Map<Object, Object> stored) {
        MapSession session = new MapSession(id);
        session.setCreationTime(Instant.ofEpochMilli(number(stored.get(CREATED))));
        session.setLastAccessedTime(Instant.ofEpochMilli(number(stored.get(ACCESSED))));
        session.setMaxInactiveInterval(Duration.ofSeconds(number(stored.get(IDLE))));
        for (Map.Entry<Object, Object> field : stored.entrySet()) {
            String name = field.getKey().toString();
            if (name.startsWith(ATTRIBUTE)) {
                String attribute = name.substring(ATTRIBUTE.length());
                Optional<byte[]> plain = keys.open(Base64.getDecoder().decode(field.getValue().toString()),
                        boundTo(key, attribute));
                if (plain.isEmpty()) {
                    return null;
                }
                session.setAttribute(attribute, json.read(plain.get()));
            }
        }
        return session;
    }

    @Override
    public void deleteById(String id) {
        available(() -> {
            for (SigningKey name : names) {
                forget(key(name, id));
            }
            return null;
        });
    }

    @Override
    public long openFrom(String address, @Nullable String ownSessionId) {
        return available(() -> {
            String held = addressKey(address);
            redis.opsForZSet().removeRangeByScore(held, Double.NEGATIVE_INFINITY, System.currentTimeMillis());
            Long open = redis.opsForZSet().zCard(held);
            boolean ownCounted = ownSessionId != null
                    && redis.opsForZSet().score(held, key(names.get(0), ownSessionId)) != null;
            return ((open != null) ? open : 0) - (ownCounted ? 1 : 0);
        });
    }

    @Override
    public void makeRoomFor(SessionKind kind, int maximum) {
        available(() -> {
            String ofKind = PREFIX + "kind:" + kind.name();
            redis.opsForZSet().removeRangeByScore(ofKind, Double.NEGATIVE_INFINITY, System.currentTimeMillis());
            Long held = redis.opsForZSet().zCard(ofKind);
            for (long over = ((held != null) ? held : 0) - maximum + 1; over > 0; over--) {
                TypedTuple<String> oldest = redis.opsForZSet().popMin(ofKind);
                if (oldest == null || oldest.getValue() == null) {
                    break;
                }
                forget(oldest.getValue());
            }
            return null;
        });
    }

    @Override
    public long count(SessionKind kind) {
        Long open = available(() -> redis.opsForZSet()
            .count(PREFIX + "kind:" + kind.name(), System.currentTimeMillis(), Double.POSITIVE_INFINITY));
        return (open != null) ? open : 0;
    }

    // Ends a session and takes it out of the counts of its kind and its address.
    private void forget(String key) {
        List<Object> sets = redis.opsForHash().multiGet(key, List.of(KIND_SET, ADDRESS_SET));
        redis.delete(key);
        uncount(key, (String) sets.get(0), (String) sets.get(1));
    }

    private void uncount(String key, @Nullable String... sets) {
        for (String set : sets) {
            if (set != null && !set.isEmpty()) {
                redis.opsForZSet().remove(set, key);
            }
        }
    }

    private String sealed(String key, String attribute, Object value) {
        return Base64.getEncoder().encodeToString(keys.seal(json.write(value), boundTo(key, attribute)));
    }

    private static String boundTo(String key, String attribute) {
        return key + '\n' + attribute;
    }

    private String addressKey(String address) {
        return PREFIX + "address:" + hash(names.get(0), "address:" + address);
    }

    // The single value an earlier layout kept is named from "id:"; it is never read as a
    // hash, and expires.
    private static String key(SigningKey name, String id) {
        return PREFIX + hash(name, "session:" + id);
    }

    private static String hash(SigningKey key, String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.sign(value));
    }

    private static long number(@Nullable Object field) {
        try {
            return (field != null) ? Long.parseLong(field.toString()) : 0;
        }
        catch (NumberFormatException ex) {
            return 0;
        }
    }

    private static <T> T available(Supplier<T> command) {
        try {
            return command.get();
        }
        catch (DataAccessException ex) {
            throw new StoreUnavailable(ex);
        }
    }

}

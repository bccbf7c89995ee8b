package com.cognitoselfservice.session;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;
import org.springframework.session.MapSession;
import org.springframework.session.SessionRepository;

import com.cognitoselfservice.secret.ServerKeys;
import com.cognitoselfservice.secret.SigningKey;
import com.cognitoselfservice.store.StoreUnavailable;

/**
 * Sessions in Redis, for a fleet: any instance continues a flow another one started.
 * <p>
 * A session is one value, its {@link SessionJson} sealed with AES-GCM under the
 * deployment's key and bound to where it is kept. It is kept under an HMAC of its id, so
 * that someone who reads the store (a dump, a replica, a backup) finds neither a cookie
 * to present nor a Cognito session or username to read, and cannot move a value from one
 * session to another. Each expires with its idle timeout. Per kind and per (hashed)
 * address, sorted sets of the keys by expiry give the admission its counts.
 */
final class SealedRedisSessions implements SessionRepository<MapSession>, SessionQuota {

    private static final String PREFIX = "reset:session:";

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
    public MapSession createSession() {
        MapSession session = new MapSession();
        session.setMaxInactiveInterval(idleTimeout);
        return session;
    }

    @Override
    public void save(MapSession session) {
        String key = key(names.get(0), session.getId());
        byte[] sealed = keys.seal(json.write(session), key);
        long expires = session.getLastAccessedTime().plus(session.getMaxInactiveInterval()).toEpochMilli();
        String address = session.getAttribute(LiveSessions.ADDRESS);
        String kind = session.getAttribute(LiveSessions.KIND);
        available(() -> {
            if (!session.getId().equals(session.getOriginalId())) {
                forget(session.getOriginalId());
            }
            redis.opsForValue().set(key, Base64.getEncoder().encodeToString(sealed), session.getMaxInactiveInterval());
            if (kind != null) {
                redis.opsForZSet().add(PREFIX + "kind:" + kind, key, expires);
            }
            if (address != null && !SessionKind.CONSOLE.name().equals(kind)) {
                String held = addressKey(address);
                redis.opsForZSet().add(held, key, expires);
                redis.expire(held, session.getMaxInactiveInterval());
            }
            return null;
        });
    }

    @Override
    public @Nullable MapSession findById(String id) {
        return available(() -> {
            MapSession session = stored(id);
            return (session != null && !session.isExpired()) ? session : null;
        });
    }

    // Under the current key's name, or under the previous key's while a rotation runs.
    private @Nullable MapSession stored(String id) {
        for (SigningKey name : names) {
            String key = key(name, id);
            String stored = redis.opsForValue().get(key);
            Optional<byte[]> plain = (stored != null) ? keys.open(Base64.getDecoder().decode(stored), key)
                    : Optional.empty();
            if (plain.isPresent()) {
                return json.read(id, plain.get());
            }
        }
        return null;
    }

    @Override
    public void deleteById(String id) {
        available(() -> {
            forget(id);
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
                redis.delete(oldest.getValue());
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

    private void forget(String id) {
        MapSession session = stored(id);
        String address = (session != null) ? session.getAttribute(LiveSessions.ADDRESS) : null;
        for (SigningKey name : names) {
            String key = key(name, id);
            redis.delete(key);
            for (SessionKind kind : SessionKind.values()) {
                redis.opsForZSet().remove(PREFIX + "kind:" + kind.name(), key);
            }
            if (address != null) {
                redis.opsForZSet().remove(addressKey(address), key);
            }
        }
    }

    private String addressKey(String address) {
        return PREFIX + "address:" + hash(names.get(0), "address:" + address);
    }

    private static String key(SigningKey name, String id) {
        return PREFIX + hash(name, "id:" + id);
    }

    private static String hash(SigningKey key, String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.sign(value));
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

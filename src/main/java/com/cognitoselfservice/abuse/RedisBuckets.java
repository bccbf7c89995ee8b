package com.cognitoselfservice.abuse;

import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.jspecify.annotations.Nullable;

import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import com.cognitoselfservice.deploymentkeys.SigningKey;
import com.cognitoselfservice.sharedstore.StoreUnavailable;

/**
 * Buckets in Redis (Bucket4j's compare-and-swap proxy over Lettuce), shared by the fleet:
 * five code sends per username are five in all. Keys are HMACs of what they count (a
 * username, an address), so the store holds neither; each bucket expires once it would be
 * full again.
 */
final class RedisBuckets implements Buckets {

    private static final String PREFIX = "reset:limit:";

    private final LettuceConnectionFactory redis;

    private final SigningKey names;

    private volatile @Nullable ProxyManager<String> buckets;

    RedisBuckets(LettuceConnectionFactory redis, SigningKey names) {
        this.redis = redis;
        this.names = names;
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public <T> T use(String key, BucketConfiguration configuration, Function<Bucket, T> action) {
        String name = name(key, configuration);
        try {
            return action.apply(buckets().builder().build(name, () -> configuration));
        }
        catch (RuntimeException ex) {
            throw new StoreUnavailable(ex);
        }
    }

    @Override
    public <T> Optional<T> peek(String key, BucketConfiguration configuration, Function<Bucket, T> action) {
        String name = name(key, configuration);
        try {
            // One GET for a visitor with no bucket, where building one would write it.
            if (buckets().getProxyConfiguration(name).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(action.apply(buckets().builder().build(name, () -> configuration)));
        }
        catch (RuntimeException ex) {
            throw new StoreUnavailable(ex);
        }
    }

    // The limit's setting is part of the name: a bucket kept under another setting is not
    // taken for this one (the stored one would win).
    private String name(String key, BucketConfiguration configuration) {
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(names.sign(key + "|" + configuration));
    }

    // Connected on first use, so that the app starts while Redis is away; once connected,
    // Lettuce reconnects by itself.
    private ProxyManager<String> buckets() {
        ProxyManager<String> connected = buckets;
        if (connected == null) {
            synchronized (this) {
                connected = buckets;
                if (connected == null) {
                    StatefulRedisConnection<String, byte[]> connection = ((RedisClient) redis.getRequiredNativeClient())
                        .connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
                    connected = Bucket4jLettuce.casBasedBuilder(connection)
                        .expirationAfterWrite(ExpirationAfterWriteStrategy
                            .basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                        .build();
                    buckets = connected;
                }
            }
        }
        return connected;
    }

}

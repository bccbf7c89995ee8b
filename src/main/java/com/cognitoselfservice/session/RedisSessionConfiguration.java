package com.cognitoselfservice.session;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.core.StringRedisTemplate;

import com.cognitoselfservice.deploymentkeys.ServerKeys;

/** Sessions in Redis, shared by every instance (the {@code redis} profile). */
@Configuration(proxyBeanMethods = false)
@Profile("redis")
class RedisSessionConfiguration {

    @Bean
    RedisSessionNames redisSessionNames(ServerKeys keys) {
        keys.requireConfigured("with the redis profile, where every instance must open what another sealed");
        return new RedisSessionNames(keys);
    }

    @Bean
    RedisSessionCounts sessionQuota(StringRedisTemplate redis, RedisSessionNames names) {
        return new RedisSessionCounts(redis, names);
    }

    @Bean
    SealedRedisSessions sessionRepository(StringRedisTemplate redis, ServerKeys keys, RedisSessionNames names,
            RedisSessionCounts counts, SessionProperties properties) {
        return new SealedRedisSessions(redis, keys, names, counts, properties.idleTimeout());
    }

}

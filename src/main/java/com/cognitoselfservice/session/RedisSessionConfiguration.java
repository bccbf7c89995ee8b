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
    SealedRedisSessions sessionRepository(StringRedisTemplate redis, ServerKeys keys, SessionProperties properties) {
        keys.requireConfigured("with the redis profile, where every instance must open what another sealed");
        return new SealedRedisSessions(redis, keys, properties.idleTimeout());
    }

}

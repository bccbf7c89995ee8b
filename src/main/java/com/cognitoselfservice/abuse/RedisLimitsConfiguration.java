package com.cognitoselfservice.abuse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

import com.cognitoselfservice.deploymentkeys.ServerKeys;

/** The limits' buckets in Redis, shared by every instance (the {@code redis} profile). */
@Configuration(proxyBeanMethods = false)
@Profile("redis")
class RedisLimitsConfiguration {

    @Bean
    RedisBuckets redisBuckets(LettuceConnectionFactory redis, ServerKeys keys) {
        return new RedisBuckets(redis, keys.signing("limit-name"));
    }

}

package com.cognitoselfservice.sharedstore;

import io.lettuce.core.ClientOptions;

import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The connection to Redis in the {@code redis} profile (Spring Boot's own, set by
 * {@code SPRING_DATA_REDIS_*}): while Redis is out of reach a command fails at once
 * instead of waiting in a queue, so a person gets the try-again page in good time; the
 * connection comes back by itself when Redis does.
 */
@Configuration(proxyBeanMethods = false)
@Profile("redis")
class RedisStoreConfiguration {

    @Bean
    LettuceClientOptionsBuilderCustomizer failFastWhileRedisIsAway() {
        return (options) -> options.autoReconnect(true)
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

}

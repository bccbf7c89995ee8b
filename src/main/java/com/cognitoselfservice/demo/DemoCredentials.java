package com.cognitoselfservice.demo;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * The emulator accepts any credentials; the demo uses fixed ones rather than the
 * machine's.
 */
@Configuration(proxyBeanMethods = false)
@Profile(DemoEnvironment.PROFILE)
class DemoCredentials {

    @Bean
    @Primary
    AwsCredentialsProvider demoAdminCredentials() {
        return StaticCredentialsProvider.create(DemoSeed.CREDENTIALS);
    }

}

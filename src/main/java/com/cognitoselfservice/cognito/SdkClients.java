package com.cognitoselfservice.cognito;

import java.util.List;

import software.amazon.awssdk.core.client.builder.SdkClientBuilder;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache.ApacheHttpClient;

/**
 * What every SDK client of the app is built with: the timeouts of the Cognito settings
 * and one attempt per call, since whether to repeat is decided per operation
 * ({@link CognitoRetries}) or by whoever sends.
 */
public final class SdkClients {

    private SdkClients() {
    }

    public static <B extends SdkSyncClientBuilder<B, ?> & SdkClientBuilder<B, ?>> B configured(B builder,
            CognitoProperties properties, List<ExecutionInterceptor> interceptors) {
        builder.httpClientBuilder(ApacheHttpClient.builder()
            .connectionTimeout(properties.connectTimeout())
            .socketTimeout(properties.apiCallAttemptTimeout()));
        return builder.overrideConfiguration(ClientOverrideConfiguration.builder()
            .apiCallAttemptTimeout(properties.apiCallAttemptTimeout())
            .apiCallTimeout(properties.apiCallTimeout())
            .retryStrategy((retry) -> retry.maxAttempts(1))
            .executionInterceptors(interceptors)
            .build());
    }

}

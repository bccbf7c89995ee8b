package com.cognitoselfservice.cognito;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClientBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Primary;

import com.cognitoselfservice.abuse.CognitoBudget;

/**
 * The SDK clients: public ones sign nothing (the user flows need no AWS credentials) and
 * are made per region, as products may use pools in several regions; the admin one uses
 * the default credential chain and is only built when needed.
 */
@Configuration(proxyBeanMethods = false)
class CognitoClientConfiguration {

    @Bean(destroyMethod = "close")
    CognitoIdentityProviderClient publicCognitoClient(CognitoProperties properties,
            ObjectProvider<ExecutionInterceptor> interceptors) {
        return builder(properties, interceptors.orderedStream().toList())
            .credentialsProvider(AnonymousCredentialsProvider.create())
            .build();
    }

    @Bean(destroyMethod = "close")
    @Lazy
    CognitoIdentityProviderClient adminCognitoClient(CognitoProperties properties,
            AwsCredentialsProvider adminCredentials) {
        return builder(properties, List.of()).credentialsProvider(adminCredentials).build();
    }

    @Bean
    @Primary
    CognitoCalls userPoolCalls(@Qualifier("publicCognitoClient") CognitoIdentityProviderClient client,
            CognitoProperties properties, ObjectProvider<ExecutionInterceptor> interceptors, UserFlowAppClients apps,
            CognitoReachability reachability, CognitoBudget budget, CircuitBreakerProperties breaker) {
        return new CognitoCalls(publicClientsByRegion(client, properties, interceptors), apps::current,
                properties.clientMetadataOrEmpty(), reachability, budget, new CognitoRetries(properties.maxAttempts()),
                new CognitoBreaker("user-flows", breaker));
    }

    @Bean
    CognitoCalls adminCalls(@Qualifier("publicCognitoClient") CognitoIdentityProviderClient client,
            CognitoProperties properties, AdminProperties admin, CognitoReachability reachability, CognitoBudget budget,
            CircuitBreakerProperties breaker) {
        AppClient adminApp = new AppClient(properties.userPoolId(), admin.signInClientId(properties),
                admin.signInClientSecret(properties), properties.region());
        return new CognitoCalls((region) -> client, () -> adminApp, properties.clientMetadataOrEmpty(), reachability,
                budget, new CognitoRetries(properties.maxAttempts()), new CognitoBreaker("helpdesk-sign-in", breaker));
    }

    private static Function<String, CognitoIdentityProviderClient> publicClientsByRegion(
            CognitoIdentityProviderClient defaultClient, CognitoProperties properties,
            ObjectProvider<ExecutionInterceptor> interceptors) {
        Map<String, CognitoIdentityProviderClient> clients = new ConcurrentHashMap<>();
        clients.put(properties.effectiveRegion(), defaultClient);
        return (region) -> clients.computeIfAbsent(region,
                (missing) -> builder(properties, interceptors.orderedStream().toList()).region(Region.of(missing))
                    .credentialsProvider(AnonymousCredentialsProvider.create())
                    .build());
    }

    @Bean
    @Primary
    SignInGateway signInGateway(CognitoCalls userPoolCalls, FederatedUsers federated, SignInFlows flows, Clock clock) {
        return new SignInGateway(userPoolCalls, federated, flows, clock);
    }

    /**
     * Signs helpdesk people in to the admin console, with the console's own app client
     * when it has one.
     */
    @Bean
    SignInGateway adminSignInGateway(@Qualifier("adminCalls") CognitoCalls adminCalls, FederatedUsers federated,
            SignInFlows flows, Clock clock) {
        return new SignInGateway(adminCalls, federated, flows, clock);
    }

    @Bean
    AwsCredentialsProvider adminCredentials() {
        return DefaultCredentialsProvider.builder().build();
    }

    private static CognitoIdentityProviderClientBuilder builder(CognitoProperties properties,
            List<ExecutionInterceptor> interceptors) {
        CognitoIdentityProviderClientBuilder builder = SdkClients
            .configured(CognitoIdentityProviderClient.builder(), properties, interceptors)
            .region(Region.of(properties.effectiveRegion()));
        if (properties.endpoint() != null) {
            builder.endpointOverride(properties.endpoint());
        }
        return builder;
    }

}

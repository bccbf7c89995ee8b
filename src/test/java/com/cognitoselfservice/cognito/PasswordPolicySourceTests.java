package com.cognitoselfservice.cognito;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolResponse;

import org.springframework.beans.factory.ObjectProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class PasswordPolicySourceTests {

    @SuppressWarnings("unchecked")
    final ObjectProvider<CognitoIdentityProviderClient> provider = mock(ObjectProvider.class);

    final CognitoIdentityProviderClient client = mock(CognitoIdentityProviderClient.class);

    final AppClient shop = new AppClient("eu-west-1_Shop", "shop-client", null, null);

    final AppClient blog = new AppClient("eu-central-1_Blog", "blog-client", null, null);

    final FixedAppClients apps = new FixedAppClients(shop, blog);

    final AdminClient admin = new AdminClient(provider,
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));

    @Test
    void eachProductsPoolHasItsOwnPolicy() {
        given(provider.getObject()).willReturn(client);
        given(client.describeUserPool(any(DescribeUserPoolRequest.class))).willAnswer((call) -> describe(
                call.getArgument(0, DescribeUserPoolRequest.class).userPoolId().equals("eu-west-1_Shop") ? 8 : 14));
        PasswordPolicySource source = new PasswordPolicySource(admin,
                properties(new CognitoProperties.PasswordPolicySettings(null, null, null, null, null)), apps,
                Clock.systemUTC());

        int shopLength = source.current().minimumLength();
        apps.use(blog);
        int blogLength = source.current().minimumLength();

        assertThat(shopLength).isEqualTo(8);
        assertThat(blogLength).isEqualTo(14);
    }

    private static DescribeUserPoolResponse describe(int minimumLength) {
        return DescribeUserPoolResponse.builder()
            .userPool((pool) -> pool.policies((policies) -> policies
                .passwordPolicy((password) -> password.minimumLength(minimumLength).requireNumbers(true))))
            .build();
    }

    @Test
    void thePoolsPasswordHistoryIsPartOfItsPolicy() {
        given(provider.getObject()).willReturn(client);
        given(client.describeUserPool(any(DescribeUserPoolRequest.class))).willReturn(DescribeUserPoolResponse.builder()
            .userPool((pool) -> pool.policies((policies) -> policies
                .passwordPolicy((password) -> password.minimumLength(10).passwordHistorySize(5))))
            .build());
        PasswordPolicySource source = new PasswordPolicySource(admin,
                properties(new CognitoProperties.PasswordPolicySettings(null, null, null, null, null)), apps,
                Clock.systemUTC());

        assertThat(source.current()).isEqualTo(new PasswordPolicy(10, false, false, false, false, 5));
    }

    @Test
    void withoutCredentialsTheConfiguredPolicyIsUsedAndThePoolIsNotAsked() {
        PasswordPolicySource source = new PasswordPolicySource(withoutCredentials(),
                properties(new CognitoProperties.PasswordPolicySettings(12, null, null, null, false)), apps,
                Clock.systemUTC());

        PasswordPolicy policy = source.current();
        source.current();

        assertThat(policy).isEqualTo(new PasswordPolicy(12, true, true, true, false));
        verify(provider, never()).getObject();
    }

    @Test
    void whenThePoolCannotBeReadTheConfiguredPolicyIsUsedAndThePoolIsNotAskedAgain() {
        given(provider.getObject()).willReturn(client);
        given(client.describeUserPool(any(DescribeUserPoolRequest.class)))
            .willThrow(SdkClientException.create("Connection refused"));
        PasswordPolicySource source = new PasswordPolicySource(admin,
                properties(new CognitoProperties.PasswordPolicySettings(12, null, null, null, false)), apps,
                Clock.systemUTC());

        PasswordPolicy policy = source.current();
        apps.use(blog);
        source.current();

        assertThat(policy).isEqualTo(new PasswordPolicy(12, true, true, true, false));
        verify(provider, times(1)).getObject();
    }

    @Test
    void withNothingConfiguredCognitosDefaultPolicyIsUsed() {
        PasswordPolicySource source = new PasswordPolicySource(withoutCredentials(),
                properties(new CognitoProperties.PasswordPolicySettings(null, null, null, null, null)), apps,
                Clock.systemUTC());

        assertThat(source.current()).isEqualTo(PasswordPolicy.COGNITO_DEFAULT);
    }

    private AdminClient withoutCredentials() {
        AwsCredentialsProvider none = () -> {
            throw SdkClientException.create("Unable to load credentials");
        };
        return new AdminClient(provider, none);
    }

    static CognitoProperties properties(CognitoProperties.PasswordPolicySettings policy) {
        return new CognitoProperties("eu-west-1_AbCdEf123", "client", null, null, null, Map.of(), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1), 1, policy);
    }

}

package com.cognitoselfservice.cognito;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;

import org.springframework.beans.factory.ObjectProvider;

import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.CognitoEmulatorExtension;
import com.cognitoselfservice.support.TestPool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

@ExtendWith(CognitoEmulatorExtension.class)
class ClientConfigurationCheckIT {

    final SignInFlows flows = new SignInFlows("auto");

    @Test
    void aWellConfiguredClientHasNoProblems(CognitoEmulator emulator) {
        TestPool pool = emulator.createPool(false);

        assertThat(check(emulator, pool.userPoolId(), pool.clientId(), null).problems()).isEmpty();
    }

    @Test
    void clientWithNeitherSignInFlowAndWithAnUnconfiguredSecretIsReported(CognitoEmulator emulator) {
        TestPool pool = emulator.createPool(false);
        String clientId = emulator.admin()
            .createUserPoolClient((r) -> r.userPoolId(pool.userPoolId())
                .clientName("refresh-only")
                .generateSecret(true)
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
            .userPoolClient()
            .clientId();

        List<String> problems = check(emulator, pool.userPoolId(), clientId, null).problems();

        assertThat(problems)
            .anyMatch((p) -> p.contains("allows none of USER_SRP_AUTH, USER_AUTH and USER_PASSWORD_AUTH"))
            .anyMatch((p) -> p.contains("has a secret but no secret is configured for it"));
    }

    @Test
    void eachClientGetsTheSignInItAllowsSrpFirst(CognitoEmulator emulator) {
        TestPool pool = emulator.createPool(false);
        String srpOnly = client(emulator, pool, ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH);
        String both = client(emulator, pool, ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
                ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH);
        String passwordOnly = client(emulator, pool, ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH);

        for (String clientId : List.of(srpOnly, both, passwordOnly)) {
            assertThat(check(emulator, pool.userPoolId(), clientId, null).problems()).isEmpty();
        }

        assertThat(flows.flowFor(srpOnly)).isEqualTo(SignInFlows.Flow.SRP);
        assertThat(flows.flowFor(both)).isEqualTo(SignInFlows.Flow.SRP);
        assertThat(flows.flowFor(passwordOnly)).isEqualTo(SignInFlows.Flow.PASSWORD);
    }

    private static String client(CognitoEmulator emulator, TestPool pool, ExplicitAuthFlowsType... flows) {
        return emulator.admin()
            .createUserPoolClient((r) -> r.userPoolId(pool.userPoolId()).clientName("flows").explicitAuthFlows(flows))
            .userPoolClient()
            .clientId();
    }

    @SuppressWarnings("unchecked")
    private ClientConfigurationCheck check(CognitoEmulator emulator, String poolId, String clientId, String secret) {
        ObjectProvider<CognitoIdentityProviderClient> provider = mock(ObjectProvider.class);
        given(provider.getObject()).willReturn(emulator.admin());
        AdminClient admin = new AdminClient(provider,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
        return new ClientConfigurationCheck(admin, new FixedAppClients(new AppClient(poolId, clientId, secret, null)),
                flows);
    }

}

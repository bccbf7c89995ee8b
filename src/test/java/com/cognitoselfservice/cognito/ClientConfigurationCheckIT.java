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

    @Test
    void aWellConfiguredClientHasNoProblems(CognitoEmulator emulator) {
        TestPool pool = emulator.createPool(false);

        assertThat(check(emulator, pool.userPoolId(), pool.clientId(), null).problems()).isEmpty();
    }

    @Test
    void clientWithoutPasswordSignInAndWithAnUnconfiguredSecretIsReported(CognitoEmulator emulator) {
        TestPool pool = emulator.createPool(false);
        String clientId = emulator.admin()
            .createUserPoolClient((r) -> r.userPoolId(pool.userPoolId())
                .clientName("srp-only")
                .generateSecret(true)
                .explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH))
            .userPoolClient()
            .clientId();

        List<String> problems = check(emulator, pool.userPoolId(), clientId, null).problems();

        assertThat(problems).anyMatch((p) -> p.contains("does not allow USER_PASSWORD_AUTH"))
            .anyMatch((p) -> p.contains("has a secret but no secret is configured for it"));
    }

    @SuppressWarnings("unchecked")
    private static ClientConfigurationCheck check(CognitoEmulator emulator, String poolId, String clientId,
            String secret) {
        ObjectProvider<CognitoIdentityProviderClient> provider = mock(ObjectProvider.class);
        given(provider.getObject()).willReturn(emulator.admin());
        AdminClient admin = new AdminClient(provider,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
        return new ClientConfigurationCheck(admin, new FixedAppClients(new AppClient(poolId, clientId, secret, null)));
    }

}

package com.cognitoselfservice.cognito;

import java.time.Clock;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class SignInGatewayTests {

    final CognitoCalls calls = mock(CognitoCalls.class);

    final FederatedUsers federated = mock(FederatedUsers.class);

    final InitiateAuthResponse signedIn = InitiateAuthResponse.builder()
        .authenticationResult(AuthenticationResultType.builder().accessToken("access").build())
        .build();

    SignInGatewayTests() {
        given(calls.clientId()).willReturn("client-1");
        given(calls.userPoolId()).willReturn("eu-west-1_Pool");
    }

    @Test
    void inAutoModeAClientThatRefusesSrpSignsInWithChoiceBasedSignInFromThenOn() {
        SignInFlows flows = new SignInFlows("auto");
        given(calls.<Object>call(eq(CognitoOperation.INITIATE_AUTH), any(Function.class)))
            .willThrow((RuntimeException) CognitoErrors.of("InvalidParameterException",
                    "USER_SRP_AUTH flow not enabled for this client", null))
            .willReturn(signedIn);
        SignInGateway gateway = new SignInGateway(calls, federated, flows, Clock.systemUTC());

        assertThat(gateway.signIn("ana", "Old-pass-1!").isSignedIn()).isTrue();

        assertThat(flows.flowFor("client-1")).isEqualTo(SignInFlows.Flow.USER_AUTH);
        verify(calls, times(2)).call(eq(CognitoOperation.INITIATE_AUTH), any(Function.class));
    }

    @Test
    void inAutoModeAClientThatRefusesSrpAndChoiceBasedSignInSignsInWithThePasswordFromThenOn() {
        SignInFlows flows = new SignInFlows("auto");
        given(calls.<Object>call(eq(CognitoOperation.INITIATE_AUTH), any(Function.class)))
            .willThrow((RuntimeException) CognitoErrors.of("InvalidParameterException",
                    "USER_SRP_AUTH flow not enabled for this client", null))
            .willThrow((RuntimeException) CognitoErrors.of("InvalidParameterException",
                    "USER_AUTH flow not enabled for this client", null))
            .willReturn(signedIn);
        SignInGateway gateway = new SignInGateway(calls, federated, flows, Clock.systemUTC());

        assertThat(gateway.signIn("ana", "Old-pass-1!").isSignedIn()).isTrue();

        assertThat(flows.flowFor("client-1")).isEqualTo(SignInFlows.Flow.PASSWORD);
        verify(calls, times(3)).call(eq(CognitoOperation.INITIATE_AUTH), any(Function.class));
    }

    @Test
    void whenSrpIsChosenARefusalIsShownNotWorkedAround() {
        SignInFlows flows = new SignInFlows("srp");
        given(calls.<Object>call(eq(CognitoOperation.INITIATE_AUTH), any(Function.class)))
            .willThrow((RuntimeException) CognitoErrors.of("InvalidParameterException",
                    "USER_SRP_AUTH flow not enabled for this client", null));
        SignInGateway gateway = new SignInGateway(calls, federated, flows, Clock.systemUTC());

        assertThatExceptionOfType(CognitoFailure.class).isThrownBy(() -> gateway.signIn("ana", "Old-pass-1!"))
            .satisfies(
                    (failure) -> assertThat(failure.reason()).isEqualTo(CognitoFailure.Reason.AUTH_FLOW_NOT_ENABLED));
        verify(calls, times(1)).call(eq(CognitoOperation.INITIATE_AUTH), any(Function.class));
    }

    @Test
    void aPasswordVerifierCognitoWouldNotSendIsTheTryAgainPageNotAFailure() {
        SignInFlows flows = new SignInFlows("srp");
        InitiateAuthResponse emulators = InitiateAuthResponse.builder()
            .challengeName("PASSWORD_VERIFIER")
            .challengeParameters(java.util.Map.of("SRP_B", "5f3c", "SALT", "1e2d", "USER_ID_FOR_SRP", "ana",
                    "SECRET_BLOCK", "7c1d2b0e-9a8f-4f7e-8d6c-5b4a3a2f1e0d"))
            .build();
        given(calls.<Object>call(eq(CognitoOperation.INITIATE_AUTH), any(Function.class))).willReturn(emulators);
        SignInGateway gateway = new SignInGateway(calls, federated, flows, Clock.systemUTC());

        assertThatExceptionOfType(CognitoUnavailable.class).isThrownBy(() -> gateway.signIn("ana", "Old-pass-1!"))
            .satisfies((outage) -> assertThat(outage.isMisconfiguration()).isFalse());
        verify(calls, times(0)).call(eq(CognitoOperation.RESPOND_TO_AUTH_CHALLENGE), any(Function.class));
    }

}

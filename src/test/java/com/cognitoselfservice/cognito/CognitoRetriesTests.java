package com.cognitoselfservice.cognito;

import java.net.ConnectException;
import java.net.SocketTimeoutException;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;

import static org.assertj.core.api.Assertions.assertThat;

class CognitoRetriesTests {

    final CognitoRetries retries = new CognitoRetries(3);

    @Test
    void aCodeRequestOrAConfirmationThatMayHaveReachedCognitoIsNeverRepeated() {
        SdkException timeout = SdkClientException.builder().cause(new SocketTimeoutException("Read timed out")).build();
        SdkException internal = service("InternalErrorException", 500);

        for (CognitoOperation operation : new CognitoOperation[] { CognitoOperation.FORGOT_PASSWORD,
                CognitoOperation.CONFIRM_FORGOT_PASSWORD, CognitoOperation.CHANGE_PASSWORD,
                CognitoOperation.RESPOND_TO_AUTH_CHALLENGE }) {
            assertThat(mayRepeat(operation, 1, timeout)).as(operation.toString()).isFalse();
            assertThat(mayRepeat(operation, 1, internal)).as(operation.toString()).isFalse();
        }
    }

    @Test
    void aCallWhoseConnectionNeverOpenedMayBeRepeated() {
        SdkException refused = SdkClientException.builder()
            .cause(new RuntimeException(new ConnectException("Connection refused")))
            .build();

        assertThat(mayRepeat(CognitoOperation.FORGOT_PASSWORD, 1, refused)).isTrue();
        assertThat(mayRepeat(CognitoOperation.FORGOT_PASSWORD, 3, refused)).as("the last attempt").isFalse();
    }

    @Test
    void aSignInOrASignOutIsRepeatedAfterCognitoFailed() {
        assertThat(mayRepeat(CognitoOperation.INITIATE_AUTH, 1, service("InternalErrorException", 500))).isTrue();
        assertThat(mayRepeat(CognitoOperation.GLOBAL_SIGN_OUT, 2, service("ServiceUnavailable", 503))).isTrue();
    }

    @Test
    void throttlingAndRefusalsAreNeverAnsweredWithAnotherCall() {
        assertThat(mayRepeat(CognitoOperation.INITIATE_AUTH, 1, service("TooManyRequestsException", 400))).isFalse();
        assertThat(mayRepeat(CognitoOperation.INITIATE_AUTH, 1, service("NotAuthorizedException", 400))).isFalse();
        assertThat(mayRepeat(CognitoOperation.INITIATE_AUTH, 1, service("ResourceNotFoundException", 400)))
            .as("misconfigured")
            .isFalse();
    }

    private boolean mayRepeat(CognitoOperation operation, int attemptsMade, SdkException failure) {
        return retries.mayRepeat(operation, attemptsMade, failure, CognitoErrors.of(failure));
    }

    private static SdkException service(String code, int status) {
        return CognitoIdentityProviderException.builder()
            .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("message").build())
            .statusCode(status)
            .build();
    }

}

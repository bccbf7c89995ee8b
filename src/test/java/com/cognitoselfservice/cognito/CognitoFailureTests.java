package com.cognitoselfservice.cognito;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

import com.cognitoselfservice.cognito.CognitoFailure.Kind;
import com.cognitoselfservice.cognito.CognitoFailure.Reason;
import com.cognitoselfservice.refusal.Refusal;

import static org.assertj.core.api.Assertions.assertThat;

class CognitoFailureTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            CodeMismatchException                    | FIELD         | cognito.CodeMismatch                   | code
            ExpiredCodeException                     | FIELD         | cognito.ExpiredCode                    | code
            InvalidPasswordException                 | FIELD         | cognito.InvalidPassword                | password
            PasswordHistoryPolicyViolationException  | FIELD         | cognito.PasswordHistoryPolicyViolation | password
            LimitExceededException                   | THROTTLED     | cognito.LimitExceeded                  |
            TooManyRequestsException                 | THROTTLED     | limits.busy                            |
            TooManyFailedAttemptsException           | FORM          | cognito.TooManyFailedAttempts          |
            CodeDeliveryFailureException             | FORM          | cognito.CodeDeliveryFailure            |
            UserNotFoundException                    | UNKNOWN_USER  | cognito.UserNotFound                   |
            UserNotConfirmedException                | FORM          | cognito.UserNotConfirmed               |
            PasswordResetRequiredException           | RESET_REQUIRED | cognito.PasswordResetRequired         |
            InvalidParameterException                | FIELD         | cognito.InvalidParameter               | username
            NotAuthorizedException                   | FORM          | cognito.NotAuthorized                  |
            ResourceNotFoundException                | MISCONFIGURED | cognito.Misconfigured                  |
            InvalidEmailRoleAccessPolicyException    | MISCONFIGURED | cognito.Misconfigured                  |
            InvalidSmsRoleAccessPolicyException      | MISCONFIGURED | cognito.Misconfigured                  |
            InvalidSmsRoleTrustRelationshipException | MISCONFIGURED | cognito.Misconfigured                  |
            UnexpectedLambdaException                | FORM          | cognito.Lambda                         |
            InvalidLambdaResponseException           | FORM          | cognito.Lambda                         |
            UserLambdaValidationException            | FORM          | cognito.Lambda                         |
            ForbiddenException                       | FORM          | cognito.Forbidden                      |
            InternalErrorException                   | UNAVAILABLE   | cognito.Unavailable                    |
            SomethingNewException                    | UNAVAILABLE   | cognito.Unavailable                    |
            """)
    void eachDocumentedErrorHasItsOutcome(String code, Kind kind, String key, String field) {
        Outcome outcome = Outcome.of(CognitoErrors.of(serviceError(code, "some message")));

        assertThat(outcome.reason().kind()).isEqualTo(kind);
        assertThat(outcome.reason().messageKey()).isEqualTo(key);
        assertThat(outcome.reason().field()).isEqualTo(field);
        assertThat(outcome.errorCode()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            CodeMismatchException         | CognitoFailure
            LimitExceededException        | CognitoFailure
            ResourceNotFoundException     | CognitoUnavailable
            InternalErrorException        | CognitoUnavailable
            """)
    void whatAFormCanShowIsARefusalAndAnOutageIsNot(String code, String type) {
        RuntimeException translated = CognitoErrors.of(serviceError(code, "some message"));

        assertThat(translated.getClass().getSimpleName()).isEqualTo(type);
        assertThat(translated instanceof Refusal).isEqualTo(type.equals("CognitoFailure"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Client 1abc is configured with secret but SECRET_HASH was not received | MISCONFIGURED
            Unable to verify secret hash for client 1abc                            | MISCONFIGURED
            USER_PASSWORD_AUTH flow not enabled for this client                      | FORM
            User is disabled.                                                        | UNKNOWN_USER
            Invalid session for the user, session is expired.                       | SESSION_EXPIRED
            Password attempts exceeded                                               | THROTTLED
            Incorrect username or password.                                          | FORM
            """)
    void notAuthorizedIsReadFromItsMessage(String message, Kind kind) {
        assertThat(Outcome.of(CognitoErrors.of(serviceError("NotAuthorizedException", message))).reason().kind())
            .isEqualTo(kind);
    }

    @Test
    void clientWithoutPasswordSignInIsExplainedToTheUser() {
        CognitoFailure failure = (CognitoFailure) CognitoErrors
            .of(serviceError("InvalidParameterException", "USER_PASSWORD_AUTH flow not enabled for this client"));

        assertThat(failure.kind()).isEqualTo(Kind.FORM);
        assertThat(failure.messageKey()).isEqualTo("cognito.AuthFlowNotEnabled");
    }

    @Test
    void missingVerifiedContactIsTreatedAsAnUnknownAccount() {
        CognitoFailure failure = (CognitoFailure) CognitoErrors.of(serviceError("InvalidParameterException",
                "Cannot reset password for the user as there is no registered/verified email or phone_number"));

        assertThat(failure.kind()).isEqualTo(Kind.UNKNOWN_USER);
        assertThat(failure.messageKey()).isEqualTo("cognito.NoVerifiedContact");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Password did not conform with policy: Password not long enough            | MINIMUM_LENGTH
            Password did not conform with policy: Password must have uppercase characters | UPPERCASE
            Password did not conform with policy: Password must have lowercase characters | LOWERCASE
            Password did not conform with policy: Password must have numeric characters   | NUMBER
            Password did not conform with policy: Password must have symbol characters    | SYMBOL
            """)
    void invalidPasswordNamesTheBrokenRule(String message, PasswordRule rule) {
        assertThat(((CognitoFailure) CognitoErrors.of(serviceError("InvalidPasswordException", message))).failedRule())
            .isEqualTo(rule);
    }

    @Test
    void networkFailureAndTimeoutMeanUnavailable() {
        assertThat(Outcome.of(CognitoErrors.of(SdkClientException.create("Connection reset"))).reason().kind())
            .isEqualTo(Kind.UNAVAILABLE);
        assertThat(Outcome.of(CognitoErrors.of(ApiCallTimeoutException.create(1000))).reason().kind())
            .isEqualTo(Kind.UNAVAILABLE);
    }

    @Test
    void theRawCognitoMessageIsNeverPartOfTheFailure() {
        RuntimeException failure = CognitoErrors.of(serviceError("CodeMismatchException", "secret-looking user input"));
        RuntimeException outage = CognitoErrors.of(serviceError("InternalErrorException", "secret-looking user input"));

        assertThat(failure.getMessage()).doesNotContain("secret-looking");
        assertThat(outage.getMessage()).doesNotContain("secret-looking");
    }

    /** What a translated error says, whichever of the two types it is. */
    record Outcome(Reason reason, String errorCode) {

        static Outcome of(RuntimeException translated) {
            if (translated instanceof CognitoFailure failure) {
                return new Outcome(failure.reason(), failure.errorCode());
            }
            CognitoUnavailable outage = (CognitoUnavailable) translated;
            return new Outcome(outage.reason(), outage.errorCode());
        }

    }

    private static AwsServiceException serviceError(String code, String message) {
        return AwsServiceException.builder()
            .statusCode(400)
            .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build())
            .build();
    }

}

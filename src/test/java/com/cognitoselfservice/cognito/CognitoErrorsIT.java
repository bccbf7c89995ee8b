package com.cognitoselfservice.cognito;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error the ForgotPassword and ConfirmForgotPassword references list, answered by
 * the stub exactly as AWS sends it (moto returns almost none of them), and what the
 * person then sees.
 */
@EmulatorTest
@ExtendWith(OutputCaptureExtension.class)
class CognitoErrorsIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    CognitoErrorsIT(TestPool pool, Visitor visitor) {
        this.visitor = visitor;
        this.pool = pool;
    }

    /** One documented error, the status the page gets and the words the person reads. */
    record Case(String error, String message, int awsStatus, int pageStatus, String seen) {

        @Override
        public String toString() {
            return error + " -> " + pageStatus;
        }

    }

    static Stream<Case> forgotPasswordErrors() {
        return Stream.of(
                new Case("CodeDeliveryFailureException", "Unable to deliver message", 400, 400,
                        "We could not deliver the code."),
                new Case("LimitExceededException", "Attempt limit exceeded, please try after some time.", 400, 429,
                        "Too many attempts for this account."),
                new Case("TooManyRequestsException", "Too many requests", 400, 429,
                        "Many people are doing this right now. Please try again in 5 s."),
                new Case("InvalidParameterException", "1 validation error detected", 400, 400,
                        "This username cannot be used."),
                new Case("NotAuthorizedException",
                        "Client 1example is configured with secret but SECRET_HASH was not received", 400, 500,
                        "This service is not set up correctly"),
                new Case("ResourceNotFoundException", "User pool client 1example does not exist.", 400, 500,
                        "This service is not set up correctly"),
                new Case("InvalidEmailRoleAccessPolicyException", "Cognito is not allowed to use your email identity.",
                        400, 500, "This service is not set up correctly"),
                new Case("InvalidSmsRoleAccessPolicyException", "Role does not have permission to publish with SNS",
                        400, 500, "This service is not set up correctly"),
                new Case("InvalidSmsRoleTrustRelationshipException", "Role cannot be assumed by Cognito", 400, 500,
                        "This service is not set up correctly"),
                new Case("UnexpectedLambdaException", "Unexpected error when invoking lambda", 400, 400,
                        "Your request was refused by a check of this service."),
                new Case("InvalidLambdaResponseException", "Invalid lambda response", 400, 400,
                        "Your request was refused by a check of this service."),
                new Case("UserLambdaValidationException", "PreForgotPassword failed with error no.", 400, 400,
                        "Your request was refused by a check of this service."),
                new Case("ForbiddenException", "Request blocked by AWS WAF", 403, 400, "Your request was blocked."),
                new Case("InternalErrorException", "Internal error", 500, 503,
                        "The password service is not available right now."));
    }

    static Stream<Case> confirmForgotPasswordErrors() {
        return Stream.of(
                new Case("CodeMismatchException", "Invalid verification code provided, please try again.", 400, 400,
                        "This code is not right."),
                new Case("ExpiredCodeException", "Invalid code provided, please request a code again.", 400, 400,
                        "This code has expired. Ask for a new code below."),
                new Case("InvalidPasswordException",
                        "Password did not conform with policy: Password must have symbol characters", 400, 400,
                        "The new password needs a special character"),
                new Case("InvalidPasswordException", "Password did not conform with policy: Password not long enough",
                        400, 400, "The new password needs enough characters."),
                new Case("PasswordHistoryPolicyViolationException", "Password has previously been used", 400, 400,
                        "You used this password recently."),
                new Case("TooManyFailedAttemptsException", "Too many failed attempts", 400, 400,
                        "Too many wrong codes. Ask for a new code and try again."),
                new Case("UserNotConfirmedException", "User is not confirmed.", 400, 400,
                        "This account is not confirmed yet."),
                new Case("UserNotFoundException", "Username/client id combination not found.", 400, 400,
                        "This code is not right."),
                new Case("LimitExceededException", "Attempt limit exceeded, please try after some time.", 400, 429,
                        "Too many attempts for this account."),
                new Case("TooManyRequestsException", "Too many requests", 400, 429,
                        "Many people are doing this right now. Please try again in 5 s."),
                new Case("NotAuthorizedException", "Unable to verify secret hash for client 1example", 400, 500,
                        "This service is not set up correctly"),
                new Case("UserLambdaValidationException", "PostConfirmation failed", 400, 400,
                        "Your request was refused by a check of this service."),
                new Case("InternalErrorException", "Internal error", 500, 503,
                        "The password service is not available right now."));
    }

    @ParameterizedTest
    @MethodSource("forgotPasswordErrors")
    void forgotPasswordErrorIsExplainedOnThePage(Case error, CapturedOutput output) {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("err"));
        stub.answer("ForgotPassword", user, error.error(), error.message(), error.awsStatus());
        visitor.get("/forgot-password");

        Page page = visitor.post("/forgot-password", Map.of("username", user));

        assertThat(page.status()).isEqualTo(error.pageStatus());
        assertThat(page.text()).contains(error.seen()).doesNotContain(error.error()).doesNotContain(error.message());
        assertThat(visitor.get("/confirm-code").status()).as("no flow was started").isEqualTo(302);
        if (error.pageStatus() == 500) {
            assertThat(output).contains("ForgotPassword failed with " + error.error());
        }
    }

    @ParameterizedTest
    @MethodSource("confirmForgotPasswordErrors")
    void confirmErrorIsExplainedAndChangesNothing(Case error) {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("err"));
        stub.answer("ConfirmForgotPassword", user, error.error(), error.message(), error.awsStatus());
        visitor.get("/forgot-password");
        visitor.follow(visitor.post("/forgot-password", Map.of("username", user)));

        Page page = visitor.post("/confirm-code",
                Map.of("code", "123456", "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));

        assertThat(page.status()).isEqualTo(error.pageStatus());
        assertThat(page.text()).contains(error.seen()).doesNotContain(error.error()).doesNotContain(error.message());
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isFalse();
    }

}

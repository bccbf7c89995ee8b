package com.cognitoselfservice.confirm;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.cognitoselfservice.cognito.CodeDelivery;
import com.cognitoselfservice.cognito.CognitoErrors;
import com.cognitoselfservice.cognito.CognitoGateway;
import com.cognitoselfservice.cognito.PasswordPolicy;
import com.cognitoselfservice.cognito.PasswordPolicySource;
import com.cognitoselfservice.flow.ResetFlow;
import com.cognitoselfservice.support.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

@WebMvcTest({ ConfirmCodeController.class, ResendController.class })
@WebSliceTest
class ConfirmCodeControllerTests {

    static final String PASSWORD = "N3w-pass-word!";

    @Autowired
    MockMvc mvc;

    @Autowired
    CognitoGateway cognito;

    @Autowired
    PasswordPolicySource policies;

    MockHttpSession session;

    @BeforeEach
    void flowInProgress() {
        given(policies.current()).willReturn(PasswordPolicy.COGNITO_DEFAULT);
        session = new MockHttpSession();
        session.setAttribute("resetFlow",
                ResetFlow.codeSent("ana", new CodeDelivery("a***@e***.com", DeliveryMediumType.EMAIL), Instant.now()));
    }

    @Test
    void getWithoutAFlowSendsTheUserToStartAgain() throws Exception {
        mvc.perform(get("/confirm-code")).andExpect(redirectedUrl("/forgot-password?expired"));
    }

    @Test
    void getShowsTheDestinationAndTheContractFields() throws Exception {
        mvc.perform(get("/confirm-code").session(session))
            .andExpect(status().isOk())
            .andExpect(xpath("//p[@role='status']").string("We sent a code to a***@e***.com."))
            .andExpect(xpath("//input[@name='code']/@autocomplete").string("one-time-code"))
            .andExpect(xpath("//input[@name='password']/@autocomplete").string("new-password"))
            .andExpect(xpath("//input[@name='confirmPassword']/@autocomplete").string("new-password"))
            .andExpect(xpath("//*[@id='password-help']//li[1]").string("at least 8 characters"));
    }

    @Test
    void postWhenCodeMismatchThenErrorNextToCode() throws Exception {
        willThrow(failure("CodeMismatchException")).given(cognito).confirmForgotPassword("ana", "111111", PASSWORD);

        mvc.perform(confirm("111111", PASSWORD, PASSWORD))
            .andExpect(status().isBadRequest())
            .andExpect(xpath("//*[@id='code-error' and @role='alert']/p")
                .string("This code is not right. Check the newest message we sent and try again."));
        assertThat(session.getAttribute("resetFlow")).isNotNull();
    }

    @Test
    void aPoolWithPasswordHistorySaysSoAndCognitosRefusalIsShownNextToThePassword() throws Exception {
        given(policies.current()).willReturn(new PasswordPolicy(8, true, true, true, true, 5));
        mvc.perform(get("/confirm-code").session(session))
            .andExpect(xpath("//*[@id='password-help']/p[@class='hint']")
                .string("It cannot be one of your last 5 passwords."));
        willThrow(failure("PasswordHistoryPolicyViolationException")).given(cognito)
            .confirmForgotPassword("ana", "111111", PASSWORD);

        mvc.perform(confirm("111111", PASSWORD, PASSWORD))
            .andExpect(status().isBadRequest())
            .andExpect(xpath("//*[@id='password-error' and @role='alert']/p")
                .string("You used this password recently. Please choose a different one."));
        assertThat(session.getAttribute("resetFlow")).isNotNull();
    }

    @Test
    void postWhenPasswordBreaksThePolicyThenCognitoIsNotAsked() throws Exception {
        mvc.perform(confirm("111111", "short", "short"))
            .andExpect(status().isBadRequest())
            .andExpect(xpath("//*[@id='password-error']/p[1]").string("The new password needs at least 8 characters."));
        verify(cognito, never()).confirmForgotPassword(anyString(), anyString(), anyString());
    }

    @Test
    void postWhenConfirmedThenDoneWithTheReturnUrlAndTheFlowCleared() throws Exception {
        mvc.perform(confirm(" 111111 ", PASSWORD, PASSWORD))
            .andExpect(redirectedUrl("/done"))
            .andExpect(flash().attributeExists("completion"));
        verify(cognito).confirmForgotPassword("ana", "111111", PASSWORD);
        assertThat(session.getAttribute("resetFlow")).isNull();
    }

    @Test
    void resendWithHtmxAnswersTheFragmentOnly() throws Exception {
        mvc.perform(post("/confirm-code/resend").with(csrf()).session(session).header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andExpect(view().name("confirm-code :: resend"))
            .andExpect(xpath("//p[@role='status']").string(org.hamcrest.Matchers.startsWith("Please wait")));
        verify(cognito, never()).forgotPassword(anyString());
    }

    @Test
    void resendWithHtmxAfterTheSessionEndedLoadsTheStartPage() throws Exception {
        mvc.perform(post("/confirm-code/resend").with(csrf()).header("HX-Request", "true"))
            .andExpect(header().string("HX-Redirect", "/forgot-password?expired"));
    }

    @Test
    void resendWithoutHtmxShowsTheWholePageAgain() throws Exception {
        mvc.perform(post("/confirm-code/resend").with(csrf()).session(session))
            .andExpect(redirectedUrl("/confirm-code"))
            .andExpect(flash().attributeExists("resendOutcome"));
    }

    @Test
    void resendWithHtmxWhileCognitoIsDownLoadsThePageThatSaysSo() throws Exception {
        session.setAttribute("resetFlow", ResetFlow.codeAlreadyHeld("ana"));
        given(cognito.forgotPassword("ana")).willThrow(CognitoErrors.of(SdkClientException.create("reset")));

        mvc.perform(post("/confirm-code/resend").with(csrf()).session(session).header("HX-Request", "true"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string("HX-Redirect", "/unavailable?retry=/confirm-code"));

        mvc.perform(get("/unavailable").param("retry", "/confirm-code").session(session))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string("Retry-After", "30"))
            .andExpect(xpath("//h1").string("Service unavailable"))
            .andExpect(xpath("//a[@class='button']/@href").string("/confirm-code"));
    }

    @Test
    void resendWithoutHtmxWhileCognitoIsDownOffersToTryAgainFromTheConfirmPage() throws Exception {
        session.setAttribute("resetFlow", ResetFlow.codeAlreadyHeld("ana"));
        given(cognito.forgotPassword("ana")).willThrow(CognitoErrors.of(SdkClientException.create("reset")));

        mvc.perform(post("/confirm-code/resend").with(csrf()).session(session))
            .andExpect(status().isServiceUnavailable())
            .andExpect(xpath("//p[@role='alert']").string(org.hamcrest.Matchers.startsWith("The password service")))
            .andExpect(xpath("//a[@class='button']/@href").string("/confirm-code"));
    }

    @Test
    void resendWithHtmxWhenTheSettingsAreWrongLoadsThePageThatSaysSo() throws Exception {
        session.setAttribute("resetFlow", ResetFlow.codeAlreadyHeld("ana"));
        given(cognito.forgotPassword("ana")).willThrow(failure("ResourceNotFoundException"));

        mvc.perform(post("/confirm-code/resend").with(csrf()).session(session).header("HX-Request", "true"))
            .andExpect(status().isInternalServerError())
            .andExpect(header().string("HX-Redirect", "/misconfigured"));
        mvc.perform(get("/misconfigured"))
            .andExpect(status().isOk())
            .andExpect(xpath("//h1").string("Something is wrong on our side"));
    }

    @Test
    void resendWithHtmxAfterTheFormExpiredLoadsThePageThatSaysSo() throws Exception {
        mvc.perform(post("/confirm-code/resend").session(session).header("HX-Request", "true"))
            .andExpect(status().isForbidden())
            .andExpect(header().string("HX-Redirect", "/form-expired"));
        verify(cognito, never()).forgotPassword(anyString());
    }

    @Test
    void theUnavailablePageLeadsBackOnlyToAPageOfThisApp() throws Exception {
        for (String elsewhere : new String[] { "//evil.example/x", "https://evil.example/", "/\\evil.example",
                "/confirm-code?x=<b>", "javascript:alert(1)" }) {
            mvc.perform(get("/unavailable").param("retry", elsewhere))
                .andExpect(status().isServiceUnavailable())
                .andExpect(xpath("//a[@class='button']/@href").string("/"));
        }
    }

    private org.springframework.test.web.servlet.RequestBuilder confirm(String code, String password, String again) {
        return post("/confirm-code").with(csrf())
            .session(session)
            .param("code", code)
            .param("password", password)
            .param("confirmPassword", again);
    }

    static RuntimeException failure(String code) {
        return CognitoErrors.of(AwsServiceException.builder()
            .statusCode(400)
            .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("m").build())
            .build());
    }

}

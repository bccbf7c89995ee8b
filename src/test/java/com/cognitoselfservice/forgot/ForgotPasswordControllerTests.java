package com.cognitoselfservice.forgot;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

import com.cognitoselfservice.cognito.CodeDelivery;
import com.cognitoselfservice.cognito.CognitoErrors;
import com.cognitoselfservice.cognito.CognitoGateway;
import com.cognitoselfservice.support.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

@WebMvcTest(ForgotPasswordController.class)
@WebSliceTest
class ForgotPasswordControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CognitoGateway cognito;

    @Test
    void getShowsTheContractFieldLabelledWithOneHeading() throws Exception {
        mvc.perform(get("/forgot-password"))
            .andExpect(status().isOk())
            .andExpect(xpath("//input[@name='username']/@autocomplete").string("username"))
            .andExpect(xpath("//label[@for='username']").exists())
            .andExpect(xpath("count(//h1)").number(1.0))
            .andExpect(xpath("//input[@name='_csrf']").exists());
    }

    @Test
    void getPrefillsTheUsernameAndKeepsOnlyAnAllowedReturnUrl() throws Exception {
        mvc.perform(get("/forgot-password").param("username", "ana").param("return_to", "https://evil.net/"))
            .andExpect(xpath("//input[@name='username']/@value").string("ana"))
            .andExpect(xpath("//input[@name='return_to']").doesNotExist());
    }

    @Test
    void postWhenUsernameIsBlankThenErrorNextToTheField() throws Exception {
        submit(post("/forgot-password").with(csrf()).param("username", "")).andExpect(status().isBadRequest())
            .andExpect(xpath("//*[@id='username-error' and @role='alert']/p").string("Enter your username."))
            .andExpect(xpath("//input[@id='username']/@aria-describedby").string("username-hint username-error"));
    }

    @Test
    void postWhenCodeSentThenConfirmPageWithTheDestinationInTheSession() throws Exception {
        given(cognito.forgotPassword("ana")).willReturn(new CodeDelivery("a***@e***.com", DeliveryMediumType.EMAIL));

        MvcResult result = submit(post("/forgot-password").with(csrf()).param("username", "ana"))
            .andExpect(redirectedUrl("/confirm-code"))
            .andReturn();

        assertThat(result.getRequest().getSession(false)).isNotNull();
    }

    @Test
    void postWhenDeliveryFailsThenMessageAboveTheForm() throws Exception {
        given(cognito.forgotPassword("ana")).willThrow(failure("CodeDeliveryFailureException"));

        submit(post("/forgot-password").with(csrf()).param("username", "ana")).andExpect(status().isBadRequest())
            .andExpect(xpath("//*[@role='alert']//li")
                .string("We could not deliver the code. Please try again later or contact support."));
    }

    @Test
    void postWhenCognitoIsUnreachableThenServiceUnavailable() throws Exception {
        given(cognito.forgotPassword("ana")).willThrow(CognitoErrors.of(SdkClientException.create("reset")));

        submit(post("/forgot-password").with(csrf()).param("username", "ana"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Nothing was changed")));
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        submit(post("/forgot-password").param("username", "ana")).andExpect(status().isForbidden());
    }

    @Test
    void reflectedUsernameIsEscaped() throws Exception {
        submit(post("/forgot-password").with(csrf()).param("username", "<b>x</b> y")).andExpect(status().isBadRequest())
            .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<b>x</b>"))));
    }

    static RuntimeException failure(String code) {
        return CognitoErrors.of(AwsServiceException.builder()
            .statusCode(400)
            .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("m").build())
            .build());
    }

    // The answer comes once the response-time floor has passed (an async response).
    private ResultActions submit(RequestBuilder request) throws Exception {
        ResultActions actions = mvc.perform(request);
        MvcResult started = actions.andReturn();
        return started.getRequest().isAsyncStarted() ? mvc.perform(asyncDispatch(started)) : actions;
    }

}

package com.cognitoselfservice.change;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.cognitoselfservice.cognito.AccessToken;
import com.cognitoselfservice.cognito.CognitoErrors;
import com.cognitoselfservice.cognito.PasswordPolicy;
import com.cognitoselfservice.cognito.PasswordPolicySource;
import com.cognitoselfservice.cognito.SignInChallenge;
import com.cognitoselfservice.cognito.SignInGateway;
import com.cognitoselfservice.cognito.SignInResult;
import com.cognitoselfservice.signin.PendingSignIn;
import com.cognitoselfservice.support.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

@WebMvcTest(ChangePasswordController.class)
@WebSliceTest
class ChangePasswordControllerTests {

    static final String CURRENT = "Old-pass-word-1!";

    static final String NEXT = "N3w-pass-word!";

    @Autowired
    MockMvc mvc;

    @Autowired
    SignInGateway cognito;

    @Autowired
    PasswordPolicySource policies;

    @BeforeEach
    void policy() {
        given(policies.current()).willReturn(PasswordPolicy.COGNITO_DEFAULT);
    }

    @Test
    void getShowsTheContractFields() throws Exception {
        mvc.perform(get("/change-password").param("username", "ana"))
            .andExpect(status().isOk())
            .andExpect(xpath("//input[@name='username']/@value").string("ana"))
            .andExpect(xpath("//input[@name='currentPassword']/@autocomplete").string("current-password"))
            .andExpect(xpath("//input[@name='password']/@autocomplete").string("new-password"))
            .andExpect(xpath("//input[@name='confirmPassword']/@autocomplete").string("new-password"))
            .andExpect(xpath("//input[@name='signOutEverywhere']/@checked").exists());
    }

    @Test
    void signedInThenChangedAndSignedOutEverywhere() throws Exception {
        AccessToken token = new AccessToken("token");
        given(cognito.signIn("ana", CURRENT)).willReturn(new SignInResult(token, null, java.util.List.of(), null));

        mvc.perform(change(true)).andExpect(redirectedUrl("/done"));

        verify(cognito).changePassword(token, CURRENT, NEXT);
        verify(cognito).globalSignOut(token);
    }

    @Test
    void uncheckedSignOutKeepsOtherDevices() throws Exception {
        AccessToken token = new AccessToken("token");
        given(cognito.signIn("ana", CURRENT)).willReturn(new SignInResult(token, null, java.util.List.of(), null));

        mvc.perform(change(false)).andExpect(redirectedUrl("/done"));

        verify(cognito, never()).globalSignOut(any());
    }

    @Test
    void newPasswordRequiredHoldsTheChallengeOnTheServer() throws Exception {
        SignInChallenge challenge = new SignInChallenge(ChallengeNameType.NEW_PASSWORD_REQUIRED, "cognito-session",
                "ana", List.of());
        given(cognito.signIn("ana", CURRENT)).willReturn(new SignInResult(null, challenge, java.util.List.of(), null));

        MvcResult result = mvc.perform(change(true)).andExpect(redirectedUrl("/new-password")).andReturn();

        PendingSignIn pending = (PendingSignIn) result.getRequest().getSession(false).getAttribute("pendingSignIn");
        assertThat(pending.challenge()).isEqualTo(challenge);
    }

    @Test
    void resetRequiredGoesToTheLandingPage() throws Exception {
        given(cognito.signIn("ana", CURRENT)).willThrow(CognitoErrors.of(AwsServiceException.builder()
            .statusCode(400)
            .awsErrorDetails(
                    AwsErrorDetails.builder().errorCode("PasswordResetRequiredException").errorMessage("m").build())
            .build()));

        mvc.perform(change(true)).andExpect(redirectedUrl("/reset-required?username=ana"));
    }

    @Test
    void samePasswordIsRefusedWithoutAskingCognito() throws Exception {
        mvc.perform(post("/change-password").with(csrf())
            .param("username", "ana")
            .param("currentPassword", NEXT)
            .param("password", NEXT)
            .param("confirmPassword", NEXT))
            .andExpect(status().isBadRequest())
            .andExpect(xpath("//*[@id='password-error']/p")
                .string("The new password must be different from the current one."));
        verify(cognito, never()).signIn(any(), any());
    }

    private MockHttpServletRequestBuilder change(boolean signOut) {
        MockHttpServletRequestBuilder request = post("/change-password").with(csrf())
            .param("username", "ana")
            .param("currentPassword", CURRENT)
            .param("password", NEXT)
            .param("confirmPassword", NEXT)
            .param("_signOutEverywhere", "on");
        return signOut ? request.param("signOutEverywhere", "true") : request;
    }

}

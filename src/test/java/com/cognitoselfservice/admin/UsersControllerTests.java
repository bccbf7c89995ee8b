package com.cognitoselfservice.admin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.cognitoselfservice.cognito.AdminGateway;
import com.cognitoselfservice.support.WebSliceTest;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.ArgumentMatchers.anyString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

@WebMvcTest(controllers = UsersController.class, properties = "admin.enabled=true")
@WebSliceTest
@Import({ AdminSecurityConfiguration.class, ManagedUsers.class })
class UsersControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AdminGateway cognito;

    @Test
    @WithMockUser(roles = "ADMIN")
    void withoutIamCredentialsTheConsoleSaysSoInsteadOfFailing() throws Exception {
        given(cognito.hasCredentials()).willReturn(false);

        mvc.perform(get("/admin").param("q", "ana"))
            .andExpect(status().isOk())
            .andExpect(xpath("//p[@role='alert']").string(org.hamcrest.Matchers
                .startsWith("The console cannot reach the user pool: no AWS credentials were found.")));
        verify(cognito, never()).search(anyString());
    }

    @Test
    @WithMockUser(roles = "SOMETHING_ELSE")
    void anotherRoleIsNotEnough() throws Exception {
        mvc.perform(get("/admin")).andExpect(status().isForbidden());
    }

    @Test
    void anonymousIsSentToSignIn() throws Exception {
        mvc.perform(get("/admin")).andExpect(redirectedUrl("/admin/sign-in"));
    }

}

package com.cognitoselfservice.resetrequired;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.cognitoselfservice.cognito.CognitoGateway;
import com.cognitoselfservice.flow.ResetFlow;
import com.cognitoselfservice.support.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

@WebMvcTest(ResetRequiredController.class)
@WebSliceTest
class ResetRequiredControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CognitoGateway cognito;

    @Test
    void getOffersBothWaysAndDropsADisallowedReturnUrl() throws Exception {
        mvc.perform(get("/reset-required").param("username", "ana").param("return_to", "https://app.example/login"))
            .andExpect(status().isOk())
            .andExpect(xpath("//button[@value='have-code']").string("I have the code"))
            .andExpect(xpath("//button[@value='send-code']/@formaction").string("/forgot-password"))
            .andExpect(xpath("//input[@name='return_to']").doesNotExist());
    }

    @Test
    void iHaveTheCodeStartsTheFlowWithoutSendingOne() throws Exception {
        MvcResult result = mvc.perform(post("/reset-required").with(csrf()).param("username", "ana"))
            .andExpect(redirectedUrl("/confirm-code"))
            .andReturn();

        ResetFlow flow = (ResetFlow) result.getRequest().getSession(false).getAttribute("resetFlow");
        assertThat(flow.username()).isEqualTo("ana");
        assertThat(flow.delivery()).isNull();
        verifyNoInteractions(cognito);
    }

}

package com.cognitoselfservice.forgot;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.cognitoselfservice.support.WebSliceTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Over HTTPS the form token's cookie has a name no other host can set, and the browser is
 * told to keep to HTTPS. A context of its own: spring-security-test's {@code csrf()}
 * replaces the token repository of the context it runs in.
 */
@WebMvcTest(ForgotPasswordController.class)
@WebSliceTest
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class ForgotPasswordOverHttpsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theFormTokenCookieIsOneNoOtherHostCanSetAndHstsIsOn() throws Exception {
        MvcResult page = mvc.perform(get("/forgot-password").secure(true))
            .andExpect(status().isOk())
            .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"))
            .andReturn();

        assertThat(page.getResponse().getHeaders("Set-Cookie"))
            .anySatisfy((cookie) -> assertThat(cookie).startsWith("__Host-XSRF-TOKEN=")
                .contains("Secure")
                .contains("Path=/")
                .doesNotContain("Domain"));
    }

}

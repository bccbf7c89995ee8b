package com.cognitoselfservice.session;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;

import com.cognitoselfservice.visit.Visit;
import com.cognitoselfservice.visit.Visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class SessionCookiesTests {

    final Visits visits = mock(Visits.class);

    final Visit visit = mock(Visit.class);

    final SessionCookies cookies = new SessionCookies(visits);

    @Test
    void overHttpsTheSessionCookieIsOneNoOtherHostCanSet() {
        MockHttpServletRequest request = request(true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        cookies.writeCookieValue(new CookieValue(request, response, "abc"));

        assertThat(response.getHeader("Set-Cookie")).startsWith("__Host-SESSION=")
            .contains("Secure")
            .contains("Path=/")
            .doesNotContain("Domain")
            .contains("HttpOnly")
            .contains("SameSite=Lax");
    }

    @Test
    void overHttpsOnlyThePrefixedCookieIsRead() {
        MockHttpServletRequest request = request(true);
        // The session id is base64-encoded in the cookie: "planted" and "own".
        request.setCookies(new Cookie("SESSION", "cGxhbnRlZA=="), new Cookie("__Host-SESSION", "b3du"));

        assertThat(cookies.readCookieValues(request)).containsExactly("own");
    }

    @Test
    void anEmbeddableProductsCookieWorksInItsIframe() {
        given(visit.embeddable()).willReturn(true);
        MockHttpServletRequest request = request(true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        cookies.writeCookieValue(new CookieValue(request, response, "abc"));

        assertThat(response.getHeader("Set-Cookie")).startsWith("__Host-SESSION=")
            .contains("SameSite=None")
            .contains("Partitioned");
    }

    private MockHttpServletRequest request(boolean secure) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/confirm-code");
        request.setSecure(secure);
        given(visits.current(request)).willReturn(visit);
        return request;
    }

}

package com.cognitoselfservice.notify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestersTests {

    @Test
    void theBrowserFamilyNotTheWholeUserAgent() {
        assertThat(Requesters.browserFamily("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                + "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0"))
            .isEqualTo("Edge");
        assertThat(Requesters.browserFamily("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Safari/537.36"))
            .isEqualTo("Chrome");
        assertThat(Requesters.browserFamily("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) "
                + "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"))
            .isEqualTo("Safari");
        assertThat(Requesters.browserFamily("Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0"))
            .isEqualTo("Firefox");
        assertThat(Requesters.browserFamily("curl/8.5.0")).isNull();
        assertThat(Requesters.browserFamily(null)).isNull();
    }

    @Test
    void theNetworkWithoutTheHostPart() {
        assertThat(Requesters.network("203.0.113.77")).isEqualTo("203.0.113.0/24");
        assertThat(Requesters.network("2001:db8:85a3:1234::8a2e:370:7334")).isEqualTo("2001:db8:85a3::/48");
        assertThat(Requesters.network("not-an-address.example")).isNull();
        assertThat(Requesters.network("::1")).as("nothing to say of this machine").isNull();
        assertThat(Requesters.network("")).isNull();
    }

}

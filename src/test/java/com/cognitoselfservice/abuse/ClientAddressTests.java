package com.cognitoselfservice.abuse;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTests {

    @Test
    void anIpv4AddressCountsOnItsOwn() {
        assertThat(limitsCount("192.0.2.7")).isEqualTo("192.0.2.7");
        assertThat(limitsCount("192.0.2.8")).isNotEqualTo(limitsCount("192.0.2.7"));
    }

    @Test
    void ipv6AddressesCountByTheirSlash64() {
        assertThat(limitsCount("2001:db8:1:2:0:0:0:1")).isEqualTo("2001:db8:1:2::/64");
        assertThat(limitsCount("2001:db8:1:2:ffff:1234:5678:9abc")).isEqualTo(limitsCount("2001:db8:1:2::1"));
        assertThat(limitsCount("2001:db8:1:3::1")).isNotEqualTo(limitsCount("2001:db8:1:2::1"));
    }

    @Test
    void anIpv4MappedAddressCountsAsIpv4() {
        assertThat(limitsCount("::ffff:192.0.2.7")).isEqualTo("192.0.2.7");
    }

    @Test
    void theExactAddressStaysForTheAuditTrail() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("2001:db8:1:2:0:0:0:1");
        assertThat(ClientAddress.exact(request)).isEqualTo("2001:db8:1:2:0:0:0:1");
    }

    private static String limitsCount(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        return ClientAddress.of(request);
    }

}

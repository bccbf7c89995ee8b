package com.cognitoselfservice.notify;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.cognitoselfservice.cognito.AdminGateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class NoticeSwitchTests {

    final AdminGateway cognito = mock(AdminGateway.class);

    @Test
    void onOnlyWithASenderThePublicUrlAndCredentials() {
        given(cognito.hasCredentials()).willReturn(true);
        URI site = URI.create("https://reset.example");

        assertThat(new NoticeSwitch(settings("no-reply@example.com"), cognito, site).isOn()).isTrue();
        assertThat(new NoticeSwitch(settings(null), cognito, site).isOn()).isFalse();
        assertThat(new NoticeSwitch(settings("no-reply@example.com"), cognito, null).isOn())
            .as("links are never made from a request's Host header")
            .isFalse();
        given(cognito.hasCredentials()).willReturn(false);
        assertThat(new NoticeSwitch(settings("no-reply@example.com"), cognito, site).isOn()).isFalse();
    }

    private static NotifyProperties settings(String from) {
        return new NotifyProperties(from, 1000, 5, Duration.ofSeconds(1));
    }

}

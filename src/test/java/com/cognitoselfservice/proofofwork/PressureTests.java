package com.cognitoselfservice.proofofwork;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import com.cognitoselfservice.abuse.AbuseLimits;
import com.cognitoselfservice.abuse.CognitoBudget;
import com.cognitoselfservice.abuse.CognitoQuota;
import com.cognitoselfservice.session.SessionKind;
import com.cognitoselfservice.session.Sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class PressureTests {

    final AbuseLimits limits = mock(AbuseLimits.class);

    final CognitoBudget budget = mock(CognitoBudget.class);

    final AtomicLong nanos = new AtomicLong();

    final Sessions sessions = mock(Sessions.class);

    final Pressure pressure = new Pressure(limits, budget, sessions, nanos::get);

    PressureTests() {
        when(limits.usageFrom(anyString(), eq(AbuseLimits.AddressLimit.CODE_SEND)))
            .thenReturn(new AbuseLimits.Usage(0.2, Duration.ZERO), new AbuseLimits.Usage(0.6, Duration.ofSeconds(30)));
        when(budget.usage(CognitoQuota.ACCOUNT_RECOVERY)).thenReturn(0.1);
    }

    @Test
    void aFlowThatCostsCognitoNothingIsPressedByHowFullTheStoreOfFlowsIs() {
        when(limits.usageFrom(anyString(), eq(AbuseLimits.AddressLimit.SESSION_START)))
            .thenReturn(new AbuseLimits.Usage(0.1, Duration.ZERO));
        when(sessions.fill(SessionKind.FLOW)).thenReturn(0.7);

        assertThat(pressure.of(Purpose.FLOW_START, from("203.0.113.9")).used()).isEqualTo(0.7);
    }

    @Test
    void pageViewsOfOneAddressGoByOneReadingForAMoment() {
        assertThat(pressure.glance(Purpose.CODE_SEND, from("203.0.113.7")).used()).isEqualTo(0.2);
        assertThat(pressure.glance(Purpose.CODE_SEND, from("203.0.113.7")).used()).isEqualTo(0.2);
        assertThat(pressure.glance(Purpose.CODE_SEND, from("203.0.113.8")).used()).as("another address reads its own")
            .isEqualTo(0.6);

        verify(limits, times(2)).usageFrom(anyString(), eq(AbuseLimits.AddressLimit.CODE_SEND));
        verify(budget, times(1)).usage(CognitoQuota.ACCOUNT_RECOVERY);
    }

    @Test
    void aSecondLaterTheAddressIsReadAgainAndTheBudgetAfterATenthOfOne() {
        pressure.glance(Purpose.CODE_SEND, from("203.0.113.7"));
        nanos.addAndGet(Duration.ofMillis(150).toNanos());
        pressure.glance(Purpose.CODE_SEND, from("203.0.113.7"));
        verify(limits, times(1)).usageFrom(anyString(), eq(AbuseLimits.AddressLimit.CODE_SEND));
        verify(budget, times(2)).usage(CognitoQuota.ACCOUNT_RECOVERY);

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(pressure.glance(Purpose.CODE_SEND, from("203.0.113.7")).used()).isEqualTo(0.6);
        verify(limits, times(2)).usageFrom(anyString(), eq(AbuseLimits.AddressLimit.CODE_SEND));
    }

    @Test
    void aSentFormIsCheckedAfreshAndTheAddressesNextPageViewReadsAfreshToo() {
        pressure.glance(Purpose.CODE_SEND, from("203.0.113.7"));

        Pressure.Reading checked = pressure.of(Purpose.CODE_SEND, from("203.0.113.7"));
        Pressure.Reading nextView = pressure.glance(Purpose.CODE_SEND, from("203.0.113.7"));

        assertThat(checked).isEqualTo(new Pressure.Reading(0.6, Duration.ofSeconds(30)));
        verify(limits, times(3)).usageFrom("203.0.113.7", AbuseLimits.AddressLimit.CODE_SEND);
        verify(budget, times(2)).usage(CognitoQuota.ACCOUNT_RECOVERY);
        assertThat(nextView.used()).isEqualTo(0.6);
    }

    @Test
    void aRequestReadsOnceWhetherCheckedOrShown() {
        MockHttpServletRequest refusedAndShownAgain = from("203.0.113.7");

        Pressure.Reading checked = pressure.of(Purpose.CODE_SEND, refusedAndShownAgain);

        assertThat(pressure.glance(Purpose.CODE_SEND, refusedAndShownAgain)).isSameAs(checked);
        verify(limits, times(1)).usageFrom(anyString(), eq(AbuseLimits.AddressLimit.CODE_SEND));
    }

    @Test
    void theBudgetWinsWhenItIsTheFuller() {
        when(budget.usage(CognitoQuota.SIGN_IN)).thenReturn(0.9);
        when(limits.usageFrom(anyString(), eq(AbuseLimits.AddressLimit.SIGN_IN)))
            .thenReturn(new AbuseLimits.Usage(0.3, Duration.ofSeconds(40)));

        assertThat(pressure.of(Purpose.SIGN_IN, from("203.0.113.7")))
            .isEqualTo(new Pressure.Reading(0.9, Duration.ofSeconds(1)));
    }

    private static MockHttpServletRequest from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/forgot-password");
        request.setRemoteAddr(address);
        return request;
    }

}

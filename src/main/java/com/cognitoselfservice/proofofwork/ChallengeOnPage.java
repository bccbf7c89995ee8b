package com.cognitoselfservice.proofofwork;

import java.text.NumberFormat;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.support.RequestContextUtils;

import com.cognitoselfservice.renderedpages.PerView;

/**
 * A challenge as its page prints it: the challenge's JSON, and the seconds after which
 * trying again without JavaScript works, in the page's language. Both are this view's
 * own, so a page kept rendered gets them filled in for every view. A form sent without
 * JavaScript and refused also carries a wait ticket, and the seconds to wait with it.
 */
public record ChallengeOnPage(String challengeJson, String retryAfterSeconds, @Nullable String waitTicket,
        @Nullable String waitSeconds) {

    static ChallengeOnPage of(ProofOfWork.Offer offer, HttpServletRequest request) {
        NumberFormat numbers = NumberFormat.getInstance(RequestContextUtils.getLocale(request));
        String seconds = numbers.format(offer.retryAfterSeconds());
        WaitTickets.Ticket ticket = offer.ticket();
        return new ChallengeOnPage(PerView.value(request, "challenge", offer.challengeJson()),
                PerView.value(request, "seconds", seconds), (ticket != null) ? ticket.token() : null,
                (ticket != null) ? numbers.format(ticket.waitSeconds()) : null);
    }

}

package com.cognitoselfservice.proofofwork;

import java.text.NumberFormat;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.RequestContextUtils;

import com.cognitoselfservice.renderedpages.PerView;

/**
 * A challenge as its page prints it: the challenge's JSON, and the seconds after which
 * trying again without JavaScript works, in the page's language. Both are this view's
 * own, so a page kept rendered gets them filled in for every view.
 */
public record ChallengeOnPage(String challengeJson, String retryAfterSeconds) {

    static ChallengeOnPage of(ProofOfWork.Offer offer, HttpServletRequest request) {
        String seconds = NumberFormat.getInstance(RequestContextUtils.getLocale(request))
            .format(offer.retryAfterSeconds());
        return new ChallengeOnPage(PerView.value(request, "challenge", offer.challengeJson()),
                PerView.value(request, "seconds", seconds));
    }

}

package com.cognitoselfservice.product;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A product setting that cannot work stops the app with one line naming it, instead of a
 * stack trace.
 */
class ProductSettingFailureAnalyzer extends AbstractFailureAnalyzer<InvalidProductSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidProductSettingException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Correct " + cause.property() + " (see \"Embedding in your product\" in README.md).", null);
    }

}

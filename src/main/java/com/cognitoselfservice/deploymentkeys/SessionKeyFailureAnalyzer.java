package com.cognitoselfservice.deploymentkeys;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A missing or weak session key stops the start with one line, never its value. */
class SessionKeyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSessionKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSessionKeyException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set it to 32 random bytes in base64, e.g. the output of `openssl rand -base64 32`, the same on "
                        + "every instance (see \"Run it as a service\" in README.md).",
                null);
    }

}

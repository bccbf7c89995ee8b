package com.cognitoselfservice.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** No emulator for the demo: one line saying what to install, not a stack trace. */
class EmulatorFailureAnalyzer extends AbstractFailureAnalyzer<EmulatorUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmulatorUnavailableException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Install moto, start Docker, or set COGNITO_ENDPOINT (see \"Run it\" in README.md).", null);
    }

}

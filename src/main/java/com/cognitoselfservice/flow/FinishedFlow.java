package com.cognitoselfservice.flow;

import com.cognitoselfservice.flow.Completion.Outcome;
import com.cognitoselfservice.notify.Change;

/**
 * The flows that end on the done page: how metrics name each, what the done page and an
 * embedding product are told, and which change the notice reports.
 */
public enum FinishedFlow {

    FORGOT("forgot", Outcome.PASSWORD_RESET, Change.RESET), CHANGE("change", Outcome.PASSWORD_CHANGED, Change.CHANGED),
    NEW_PASSWORD("new-password", Outcome.PASSWORD_CHANGED, Change.FIRST_PASSWORD),
    MFA("mfa", Outcome.PASSWORD_CHANGED, Change.CHANGED);

    private final String metricName;

    private final Outcome outcome;

    private final Change change;

    FinishedFlow(String metricName, Outcome outcome, Change change) {
        this.metricName = metricName;
        this.outcome = outcome;
        this.change = change;
    }

    String metricName() {
        return metricName;
    }

    Outcome outcome() {
        return outcome;
    }

    Change change() {
        return change;
    }

}

package com.cognitoselfservice.forms;

import io.micrometer.core.instrument.Metrics;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.validation.BindingResult;

import com.cognitoselfservice.refusal.Refusal;

/**
 * Puts a refusal on the form it concerns (next to its field, or above the form), with the
 * status a browser and a crawler should see and, for a limit, when to try again.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void show(Refusal refusal, BindingResult result, HttpServletResponse response) {
        if (refusal.field() != null) {
            result.rejectValue(refusal.field(), refusal.messageKey(), refusal.messageArguments(), null);
        }
        else {
            result.reject(refusal.messageKey(), refusal.messageArguments(), null);
        }
        response.setStatus(refusal.status());
        Metrics.counter("reset.forms.refused", "form", result.getObjectName(), "reason", refusal.messageKey())
            .increment();
        refusal.retryAfter()
            .ifPresent(
                    (wait) -> response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds())));
    }

}

package com.cognitoselfservice.demo;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordResponse;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * moto sends no email; it returns the code in a response header instead
 * ({@code moto-confirmation-code:290864}). In demo mode that code goes to the
 * {@link DemoMailbox} as a person would read it in an email: the digits.
 */
@Component
@Profile(DemoEnvironment.PROFILE)
class CodeCaptureInterceptor implements ExecutionInterceptor {

    static final String CODE_HEADER = "x-moto-forgot-password-confirmation-code";

    private static final String MOTO_PREFIX = "moto-confirmation-code:";

    private final DemoMailbox mailbox;

    CodeCaptureInterceptor(DemoMailbox mailbox) {
        this.mailbox = mailbox;
    }

    // moto takes the digits alone as the code too: only a prefixed code must match.
    private static String asSent(String code) {
        return code.startsWith(MOTO_PREFIX) ? code.substring(MOTO_PREFIX.length()) : code;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof ForgotPasswordRequest request
                && context.response() instanceof ForgotPasswordResponse response
                && response.codeDeliveryDetails() != null) {
            context.httpResponse()
                .firstMatchingHeader(CODE_HEADER)
                .ifPresent((code) -> mailbox.record(request.username(), response.codeDeliveryDetails().destination(),
                        asSent(code)));
        }
    }

}

package com.cognitoselfservice.demo;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A password-change notice the emulator's SES took, shown in the {@link DemoMailbox} as
 * its text.
 */
@Component
@Profile(DemoEnvironment.PROFILE)
class NoticeCaptureInterceptor implements ExecutionInterceptor {

    private final DemoMailbox mailbox;

    NoticeCaptureInterceptor(DemoMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof SendEmailRequest email && email.content().simple() != null
                && context.httpResponse().isSuccessful()) {
            var message = email.content().simple();
            mailbox.recordNotice(String.join(", ", email.destination().toAddresses()), message.subject().data(),
                    message.body().text().data());
        }
    }

}

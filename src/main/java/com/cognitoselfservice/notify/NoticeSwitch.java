package com.cognitoselfservice.notify;

import java.net.URI;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.cognitoselfservice.cognito.AdminGateway;

/**
 * Whether notices are sent: a sender address and the public URL (for the links) are set,
 * and IAM credentials are found (SES SendEmail and AdminGetUser both need them). Said
 * once at start-up, either way.
 */
@Component
class NoticeSwitch {

    private static final Log log = LogFactory.getLog(NoticeSwitch.class);

    private final NotifyProperties properties;

    private final AdminGateway cognito;

    private final @Nullable URI publicUrl;

    NoticeSwitch(NotifyProperties properties, AdminGateway cognito,
            @Value("${reset.public-url:#{null}}") @Nullable URI publicUrl) {
        this.properties = properties;
        this.cognito = cognito;
        this.publicUrl = publicUrl;
    }

    boolean isOn() {
        return properties.isConfigured() && publicUrl != null && cognito.hasCredentials();
    }

    /**
     * Where people reach the pages, for the links in a notice; only while
     * {@link #isOn()}.
     */
    URI publicUrl() {
        if (publicUrl == null) {
            throw new IllegalStateException("Notices are off");
        }
        return publicUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        if (!properties.isConfigured()) {
            log.info("Password-change notices are off: set RESET_NOTIFY_FROM to an address SES may send from");
        }
        else if (publicUrl == null) {
            log.warn("Password-change notices are off: RESET_NOTIFY_FROM is set but RESET_PUBLIC_URL is not;"
                    + " links in an email are made from it, never from a request's Host header");
        }
        else if (!cognito.hasCredentials()) {
            log.warn("Password-change notices are off: RESET_NOTIFY_FROM is set but no AWS credentials were found;"
                    + " notices need ses:SendEmail and cognito-idp:AdminGetUser");
        }
        else {
            log.info("Password-change notices are on, sent from " + properties.from());
        }
    }

}

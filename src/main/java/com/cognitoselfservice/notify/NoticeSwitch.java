package com.cognitoselfservice.notify;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.cognitoselfservice.cognito.AdminGateway;

/**
 * Whether notices are sent: a sender address is set and IAM credentials are found (SES
 * SendEmail and AdminGetUser both need them). Said once at start-up, either way.
 */
@Component
class NoticeSwitch {

    private static final Log log = LogFactory.getLog(NoticeSwitch.class);

    private final NotifyProperties properties;

    private final AdminGateway cognito;

    NoticeSwitch(NotifyProperties properties, AdminGateway cognito) {
        this.properties = properties;
        this.cognito = cognito;
    }

    boolean isOn() {
        return properties.isConfigured() && cognito.hasCredentials();
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        if (!properties.isConfigured()) {
            log.info("Password-change notices are off: set RESET_NOTIFY_FROM to an address SES may send from");
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

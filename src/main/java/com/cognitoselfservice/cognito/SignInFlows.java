package com.cognitoselfservice.cognito;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which sign-in each app client gets: SRP (USER_SRP_AUTH, the password never leaves this
 * server), choice-based sign-in with SRP as the chosen challenge (USER_AUTH, for clients
 * that allow only that, as pools with passkeys and one-time codes have) or the password
 * itself (USER_PASSWORD_AUTH). {@code COGNITO_SIGN_IN_FLOW}: {@code srp},
 * {@code user-auth}, {@code password}, or {@code auto} (the default): SRP, unless the
 * start-up check read what the client allows, or Cognito answered that a flow is not
 * enabled for it; then the next of choice-based sign-in and password, remembered for that
 * client.
 */
@Component
public class SignInFlows {

    private static final Logger log = LoggerFactory.getLogger(SignInFlows.class);

    /** How an app client signs people in. */
    public enum Flow {

        SRP, USER_AUTH, PASSWORD

    }

    private final String configured;

    private final Map<String, Flow> learned = new ConcurrentHashMap<>();

    SignInFlows(@Value("${cognito.sign-in-flow:auto}") String configured) {
        this.configured = configured.strip().toLowerCase(Locale.ROOT);
        if (!this.configured.matches("auto|srp|user-auth|password")) {
            throw new IllegalArgumentException("COGNITO_SIGN_IN_FLOW must be auto, srp, user-auth or password");
        }
    }

    Flow flowFor(String clientId) {
        return switch (configured) {
            case "srp" -> Flow.SRP;
            case "user-auth" -> Flow.USER_AUTH;
            case "password" -> Flow.PASSWORD;
            default -> learned.getOrDefault(clientId, Flow.SRP);
        };
    }

    /** Whether a client that refused SRP may be asked for password sign-in instead. */
    boolean mayFallBack() {
        return "auto".equals(configured);
    }

    /**
     * What the client allows, read from DescribeUserPoolClient or from Cognito's answer.
     */
    void learn(String clientId, Flow flow, String how) {
        if (mayFallBack() && learned.put(clientId, flow) != flow) {
            log.info("App client {} signs people in with {} ({})", clientId, switch (flow) {
                case SRP -> "SRP (USER_SRP_AUTH)";
                case USER_AUTH -> "choice-based sign-in answered with SRP (USER_AUTH)";
                case PASSWORD -> "the password (USER_PASSWORD_AUTH)";
            }, how);
        }
    }

}

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
 * server) or the password itself (USER_PASSWORD_AUTH). {@code COGNITO_SIGN_IN_FLOW}:
 * {@code srp}, {@code password}, or {@code auto} (the default): SRP, unless the start-up
 * check read that the client allows only password sign-in, or Cognito answered that SRP
 * is not enabled for it; then password, remembered for that client.
 */
@Component
public class SignInFlows {

    private static final Logger log = LoggerFactory.getLogger(SignInFlows.class);

    /** How an app client signs people in. */
    public enum Flow {

        SRP, PASSWORD

    }

    private final String configured;

    private final Map<String, Flow> learned = new ConcurrentHashMap<>();

    SignInFlows(@Value("${cognito.sign-in-flow:auto}") String configured) {
        this.configured = configured.strip().toLowerCase(Locale.ROOT);
        if (!this.configured.matches("auto|srp|password")) {
            throw new IllegalArgumentException("COGNITO_SIGN_IN_FLOW must be auto, srp or password");
        }
    }

    Flow flowFor(String clientId) {
        return switch (configured) {
            case "srp" -> Flow.SRP;
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
            log.info("App client {} signs people in with {} ({})", clientId,
                    (flow == Flow.SRP) ? "SRP (USER_SRP_AUTH)" : "the password (USER_PASSWORD_AUTH)", how);
        }
    }

}

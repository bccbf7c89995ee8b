package com.cognitoselfservice.cognito;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, reads the app client with DescribeUserPoolClient (when IAM credentials allow
 * it) and logs what would break the flows: no USER_PASSWORD_AUTH for change password, or
 * a secret mismatch. Runs in the background so that looking for credentials never delays
 * start-up.
 */
@Component
class ClientConfigurationCheck {

    private static final Logger log = LoggerFactory.getLogger(ClientConfigurationCheck.class);

    private final ObjectProvider<CognitoIdentityProviderClient> adminClient;

    private final CognitoProperties properties;

    ClientConfigurationCheck(@Qualifier("adminCognitoClient") ObjectProvider<CognitoIdentityProviderClient> adminClient,
            CognitoProperties properties) {
        this.adminClient = adminClient;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkInTheBackground() {
        Thread check = new Thread(() -> problems().forEach(log::warn), "cognito-client-check");
        check.setDaemon(true);
        check.start();
    }

    List<String> problems() {
        UserPoolClientType client;
        try {
            client = adminClient.getObject()
                .describeUserPoolClient(
                        (request) -> request.userPoolId(properties.userPoolId()).clientId(properties.clientId()))
                .userPoolClient();
        }
        catch (AwsServiceException ex) {
            return List.of("App client check: DescribeUserPoolClient failed with " + ex.awsErrorDetails().errorCode()
                    + "; the client's settings were not checked");
        }
        catch (RuntimeException ex) {
            log.info("App client check skipped: no IAM credentials for DescribeUserPoolClient");
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        List<ExplicitAuthFlowsType> flows = client.explicitAuthFlows();
        if (!flows.contains(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)
                && !flows.contains(ExplicitAuthFlowsType.USER_PASSWORD_AUTH)) {
            problems.add("App client " + properties.clientId() + " does not allow USER_PASSWORD_AUTH: change "
                    + "password will not work until it is enabled in the client's authentication flows");
        }
        boolean clientHasSecret = client.clientSecret() != null && !client.clientSecret().isBlank();
        if (clientHasSecret && !properties.hasClientSecret()) {
            problems.add("App client " + properties.clientId() + " has a secret but COGNITO_CLIENT_SECRET is not set");
        }
        if (!clientHasSecret && properties.hasClientSecret()) {
            problems.add("COGNITO_CLIENT_SECRET is set but app client " + properties.clientId() + " has no secret");
        }
        return problems;
    }

}

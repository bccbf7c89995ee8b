package com.cognitoselfservice.cognito;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, reads the app client with DescribeUserPoolClient (when IAM credentials allow
 * it), notes which sign-in flow it allows (SRP preferred) and logs what would break the
 * flows: neither USER_SRP_AUTH nor USER_PASSWORD_AUTH, or a secret mismatch. Runs in the
 * background so that looking for credentials never delays start-up.
 */
@Component
class ClientConfigurationCheck {

    private static final Logger log = LoggerFactory.getLogger(ClientConfigurationCheck.class);

    private final AdminClient admin;

    private final UserFlowAppClients apps;

    private final SignInFlows signInFlows;

    ClientConfigurationCheck(AdminClient admin, UserFlowAppClients apps, SignInFlows signInFlows) {
        this.admin = admin;
        this.apps = apps;
        this.signInFlows = signInFlows;
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkInTheBackground() {
        Thread check = new Thread(() -> problems().forEach(log::warn), "cognito-client-check");
        check.setDaemon(true);
        check.start();
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!admin.hasCredentials()) {
            log.info("App client check skipped: no IAM credentials for DescribeUserPoolClient");
            return problems;
        }
        apps.all().forEach((app) -> problemsOf(app, problems));
        return problems;
    }

    private void problemsOf(AppClient app, List<String> problems) {
        UserPoolClientType client;
        try {
            client = admin.client()
                .describeUserPoolClient((request) -> request.userPoolId(app.userPoolId()).clientId(app.clientId()))
                .userPoolClient();
        }
        catch (AwsServiceException ex) {
            problems.add("App client check: DescribeUserPoolClient failed with " + ex.awsErrorDetails().errorCode()
                    + " for app client " + app.clientId() + "; the client's settings were not checked");
            return;
        }
        catch (SdkException ex) {
            problems.add("App client check: DescribeUserPoolClient could not reach Cognito ("
                    + ex.getClass().getSimpleName() + ") for app client " + app.clientId());
            return;
        }
        List<ExplicitAuthFlowsType> flows = client.explicitAuthFlows();
        boolean srp = flows.contains(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH);
        boolean password = flows.contains(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH)
                || flows.contains(ExplicitAuthFlowsType.USER_PASSWORD_AUTH);
        boolean choiceBased = flows.contains(ExplicitAuthFlowsType.ALLOW_USER_AUTH);
        if (srp || password || choiceBased) {
            signInFlows.learn(app.clientId(),
                    srp ? SignInFlows.Flow.SRP : (choiceBased ? SignInFlows.Flow.USER_AUTH : SignInFlows.Flow.PASSWORD),
                    "its authentication flows");
        }
        else {
            problems.add("App client " + app.clientId() + " allows none of USER_SRP_AUTH, USER_AUTH and "
                    + "USER_PASSWORD_AUTH: change password will not work until one is enabled in the client's "
                    + "authentication flows");
        }
        boolean clientHasSecret = client.clientSecret() != null && !client.clientSecret().isBlank();
        if (clientHasSecret && !app.hasSecret()) {
            problems.add("App client " + app.clientId() + " has a secret but no secret is configured for it "
                    + "(COGNITO_CLIENT_SECRET or the product's app-client-secret)");
        }
        if (!clientHasSecret && app.hasSecret()) {
            problems.add("A secret is configured for app client " + app.clientId() + " but it has no secret");
        }
    }

}

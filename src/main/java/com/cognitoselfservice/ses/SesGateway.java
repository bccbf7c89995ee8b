package com.cognitoselfservice.ses;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.SesV2ClientBuilder;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.cognitoselfservice.cognito.CognitoProperties;
import com.cognitoselfservice.cognito.SdkClients;

/**
 * Sends email with Amazon SES (SendEmail, v2), signed with the deployment's IAM
 * credentials. The SES endpoint is {@code reset.notify.endpoint}, else the Cognito
 * endpoint when one is set (an emulator serves both), else AWS's for the region. The SDK
 * makes each attempt once: whoever sends decides when to try again.
 */
@Component
public class SesGateway implements DisposableBean {

    private static final List<String> WORTH_RETRYING = List.of("TooManyRequestsException", "Throttling",
            "ThrottlingException", "LimitExceededException", "SendingPausedException", "InternalFailure",
            "ServiceUnavailable");

    private final CognitoProperties cognito;

    private final AwsCredentialsProvider credentials;

    private final List<ExecutionInterceptor> interceptors;

    private final @Nullable URI endpoint;

    private final @Nullable String region;

    private volatile @Nullable SesV2Client client;

    SesGateway(CognitoProperties cognito, AwsCredentialsProvider adminCredentials,
            ObjectProvider<ExecutionInterceptor> interceptors,
            @Value("${reset.notify.endpoint:#{null}}") @Nullable URI endpoint,
            @Value("${reset.notify.region:#{null}}") @Nullable String region) {
        this.cognito = cognito;
        this.credentials = adminCredentials;
        this.interceptors = interceptors.orderedStream().toList();
        this.endpoint = endpoint;
        this.region = region;
    }

    /**
     * Sends one message, as plain text and HTML.
     * @throws EmailNotSent when SES did not take it
     */
    public void send(String from, String to, String subject, String text, String html) {
        try {
            client().sendEmail((email) -> email.fromEmailAddress(from)
                .destination((destination) -> destination.toAddresses(to))
                .content((content) -> content.simple((message) -> message.subject(utf8(subject))
                    .body((body) -> body.text(utf8(text)).html(utf8(html))))));
        }
        catch (SesV2Exception ex) {
            String code = (ex.awsErrorDetails() != null && ex.awsErrorDetails().errorCode() != null)
                    ? ex.awsErrorDetails().errorCode() : "Status" + ex.statusCode();
            throw new EmailNotSent(code,
                    ex.isThrottlingException() || ex.statusCode() >= 500 || WORTH_RETRYING.contains(code), ex);
        }
        catch (SdkClientException ex) {
            throw new EmailNotSent("Unreachable", true, ex);
        }
    }

    private static Content utf8(String data) {
        return Content.builder().data(data).charset("UTF-8").build();
    }

    private SesV2Client client() {
        SesV2Client built = client;
        if (built == null) {
            synchronized (this) {
                built = client;
                if (built == null) {
                    built = build();
                    client = built;
                }
            }
        }
        return built;
    }

    private SesV2Client build() {
        SesV2ClientBuilder builder = SdkClients.configured(SesV2Client.builder(), cognito, interceptors)
            .region(Region.of((region != null && !region.isBlank()) ? region : cognito.effectiveRegion()))
            .credentialsProvider(credentials);
        URI target = (endpoint != null) ? endpoint : cognito.endpoint();
        if (target != null) {
            builder.endpointOverride(target);
        }
        return builder.build();
    }

    @Override
    public void destroy() {
        SesV2Client built = client;
        if (built != null) {
            built.close();
        }
    }

}

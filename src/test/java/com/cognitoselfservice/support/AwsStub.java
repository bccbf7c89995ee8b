package com.cognitoselfservice.support;

import java.net.URI;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.not;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A real HTTP stub in front of the emulator. Everything is proxied to moto except the calls a test
 * makes it answer as AWS documents (errors moto never returns, faults, slow answers), matched on the
 * operation and the username, so that tests using different usernames never see each other's stubs.
 */
public final class AwsStub {

    private static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";

    private static AwsStub shared;

    private final WireMockServer server;

    private AwsStub(URI emulator) {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").asynchronousResponseEnabled(true));
        server.start();
        server.stubFor(post(anyUrl()).atPriority(100).willReturn(aResponse().proxiedFrom(emulator.toString())));
    }

    public static synchronized AwsStub shared() {
        if (shared == null) {
            shared = new AwsStub(CognitoEmulator.shared().endpoint());
        }
        return shared;
    }

    public URI endpoint() {
        return URI.create(server.baseUrl());
    }

    /** The next calls of {@code operation} for {@code username} get this AWS error response. */
    public void answer(String operation, String username, String errorType, String message, int status) {
        String body = "{\"__type\":\"" + errorType + "\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}";
        server.stubFor(call(operation, username).willReturn(aResponse().withStatus(status)
            .withHeader("Content-Type", "application/x-amz-json-1.1")
            .withHeader("x-amzn-ErrorType", errorType)
            .withBody(body)));
    }

    /** A documented 400 error, the usual case. */
    public void answer(String operation, String username, String errorType, String message) {
        answer(operation, username, errorType, message, 400);
    }

    public void fault(String operation, String username, Fault fault) {
        server.stubFor(call(operation, username).willReturn(aResponse().withFault(fault)));
    }

    public void delay(String operation, String username, Duration delay) {
        server.stubFor(call(operation, username).willReturn(aResponse().withStatus(200)
            .withHeader("Content-Type", "application/x-amz-json-1.1")
            .withBody("{}")
            .withFixedDelay((int) delay.toMillis())));
    }

    /** Answers only when the request's SecretHash differs from {@code expected}, as Cognito does. */
    public void requireSecretHash(String operation, String username, String expected, String clientId) {
        server.stubFor(call(operation, username).atPriority(2)
            .withRequestBody(not(matchingJsonPath("$.SecretHash", equalTo(expected))))
            .willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"NotAuthorizedException\",\"message\":\"Unable to verify secret hash for client "
                        + clientId + "\"}")));
    }

    public int calls(String operation, String username) {
        return server.countRequestsMatching(postRequestedFor(anyUrl())
            .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation))
            .withRequestBody(matchingJsonPath("$.Username", equalTo(username)))
            .build()).getCount();
    }

    private static MappingBuilder call(String operation, String username) {
        return post(anyUrl()).atPriority(1)
            .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation))
            .withRequestBody(matchingJsonPath("$.Username", equalTo(username)));
    }

}

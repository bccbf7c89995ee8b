package com.cognitoselfservice.support;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.not;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A real HTTP stub in front of the emulator. Everything is proxied to moto except the
 * calls a test makes it answer as AWS documents (errors moto never returns, faults, slow
 * answers), matched on the operation and the username, so that tests using different
 * usernames never see each other's stubs.
 */
public final class AwsStub {

    private static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";

    private static AwsStub shared;

    private final WireMockServer server;

    private final SrpVerifier srp = new SrpVerifier();

    private AwsStub(URI emulator) {
        server = new WireMockServer(
                options().dynamicPort().bindAddress("127.0.0.1").asynchronousResponseEnabled(true).extensions(srp));
        server.start();
        server.stubFor(post(anyUrl()).atPriority(100).willReturn(aResponse().proxiedFrom(emulator.toString())));
    }

    public static synchronized AwsStub shared() {
        if (shared == null) {
            shared = new AwsStub(CognitoEmulator.shared().endpoint());
        }
        return shared;
    }

    /**
     * SRP sign-ins of this user are checked against this password, as Cognito does (moto
     * accepts any claim); {@link #srpPool} must name the client's pool.
     */
    public void srpPassword(String username, String password) {
        srp.password(username, password);
    }

    /** The pool of an app client, whose name SRP claims carry. */
    public void srpPool(String clientId, String userPoolId) {
        srp.pool(clientId, userPoolId);
    }

    /**
     * This app client allows only SRP sign-in: USER_PASSWORD_AUTH is refused, as Cognito
     * does.
     */
    public void srpOnlyClient(String clientId) {
        srp.srpOnly(clientId);
    }

    /**
     * This app client allows only choice-based sign-in (USER_AUTH): USER_SRP_AUTH and
     * USER_PASSWORD_AUTH are refused.
     */
    public void choiceOnlyClient(String clientId) {
        srp.choiceOnly(clientId);
    }

    /** This app client allows only password sign-in: USER_SRP_AUTH is refused. */
    public void passwordOnlyClient(String clientId) {
        srp.passwordOnly(clientId);
    }

    public URI endpoint() {
        return URI.create(server.baseUrl());
    }

    /**
     * The next calls of {@code operation} for {@code username} get this AWS error
     * response.
     */
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

    /**
     * The next calls of {@code operation} for {@code username} get this successful JSON
     * response.
     */
    public void answerBody(String operation, String username, String json) {
        server.stubFor(call(operation, username).willReturn(
                aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(json)));
    }

    /**
     * The next answers to the {@code challengeName} challenge for {@code username} get
     * this body (a challenge's answer can itself be the next challenge).
     */
    public void answerChallenge(String username, String challengeName, String json) {
        server.stubFor(call("RespondToAuthChallenge", username).atPriority(1)
            .withRequestBody(containing("\"ChallengeName\":\"" + challengeName + "\""))
            .willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody(json)));
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

    /**
     * Answers only when the request's SecretHash differs from {@code expected}, as
     * Cognito does.
     */
    public void requireSecretHash(String operation, String username, String expected, String clientId) {
        server.stubFor(call(operation, username).atPriority(2)
            .withRequestBody(not(matchingJsonPath("$.SecretHash", equalTo(expected))))
            .willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody(
                        "{\"__type\":\"NotAuthorizedException\",\"message\":\"Unable to verify secret hash for client "
                                + clientId + "\"}")));
    }

    /**
     * The next {@code times} emails to {@code address} get this SES error; later ones
     * reach the emulator.
     */
    public void answerEmail(String address, String errorType, int status, int times) {
        String scenario = "email " + address;
        for (int attempt = 0; attempt < times; attempt++) {
            server.stubFor(post(urlEqualTo("/v2/email/outbound-emails")).atPriority(1)
                .inScenario(scenario)
                .whenScenarioStateIs((attempt == 0) ? Scenario.STARTED : "failed " + attempt)
                .withRequestBody(containing(address))
                .willReturn(aResponse().withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("x-amzn-ErrorType", errorType)
                    .withBody("{\"message\":\"" + errorType + "\"}"))
                .willSetStateTo("failed " + (attempt + 1)));
        }
    }

    /** The emails to {@code address} the app asked SES to send, answered or not. */
    public int emailCalls(String address) {
        return (int) server.getAllServeEvents()
            .stream()
            .filter((event) -> event.getRequest().getUrl().equals("/v2/email/outbound-emails")
                    && event.getRequest().getBodyAsString().contains(address))
            .count();
    }

    public int calls(String operation, String username) {
        return requestBodies(operation, username).size();
    }

    /**
     * The bodies the app sent for {@code operation} and {@code username}, oldest first.
     */
    public List<String> requestBodies(String operation, String username) {
        return events(operation, username).map((event) -> event.getRequest().getBodyAsString()).toList();
    }

    /** The bodies the app received, whether the stub or the emulator answered. */
    public List<String> responseBodies(String operation, String username) {
        return events(operation, username).map((event) -> event.getResponse().getBodyAsString()).toList();
    }

    /**
     * When the app's calls of {@code operation} for any of these usernames arrived, in
     * milliseconds since the epoch, oldest first.
     */
    public List<Long> arrivals(String operation, Collection<String> usernames) {
        return usernames.stream()
            .flatMap((username) -> events(operation, username))
            .map((event) -> event.getRequest().getLoggedDate().getTime())
            .sorted()
            .toList();
    }

    /** The most arrivals (milliseconds, oldest first) within any one second. */
    public static int mostInOneSecond(List<Long> arrivals) {
        int most = 0;
        for (int first = 0; first < arrivals.size(); first++) {
            int last = first;
            while (last + 1 < arrivals.size() && arrivals.get(last + 1) - arrivals.get(first) < 1000) {
                last++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }

    private Stream<ServeEvent> events(String operation, String username) {
        List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        Collections.reverse(events);
        return events.stream()
            .filter((event) -> (TARGET_PREFIX + operation).equals(event.getRequest().getHeader("X-Amz-Target")))
            .filter((event) -> event.getRequest().getBodyAsString().contains(quoted(username)));
    }

    // Usernames are unique per test, so the quoted name anywhere in the body (Username,
    // AuthParameters,
    // ChallengeResponses) picks out that test's calls.
    private static MappingBuilder call(String operation, String username) {
        return post(anyUrl()).atPriority(1)
            .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation))
            .withRequestBody(containing(quoted(username)));
    }

    private static String quoted(String username) {
        return "\"" + username + "\"";
    }

}

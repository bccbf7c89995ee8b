package com.cognitoselfservice.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AlreadyExistsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The emulator's SES: senders verified there, and the messages it took, read back from
 * moto's model data ({@code /moto-api/data.json}) since moto delivers nothing.
 */
public final class SentEmails {

    /** The sender the notice tests configure, verified once in the emulator. */
    public static final String SENDER = "notices@tests.example";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static boolean verified;

    private SentEmails() {
    }

    /** One message SES took. moto keeps the HTML body when there is one. */
    public record Email(String from, List<String> to, String subject, String body) {
    }

    public static synchronized void verifySender() {
        if (verified) {
            return;
        }
        try (SesV2Client ses = SesV2Client.builder()
            .endpointOverride(CognitoEmulator.shared().endpoint())
            .region(Region.of(CognitoEmulator.REGION))
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .build()) {
            ses.createEmailIdentity((r) -> r.emailIdentity(SENDER));
        }
        catch (AlreadyExistsException ex) {
            // verified by another test JVM on the same emulator
        }
        verified = true;
    }

    /** The one email sent to this address, once the emulator has it. */
    public static Email awaitOneTo(String address) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !to(address).isEmpty());
        List<Email> sent = to(address);
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }

    public static List<Email> to(String address) {
        List<Email> found = new ArrayList<>();
        for (JsonNode message : messages()) {
            List<String> to = new ArrayList<>();
            message.path("destinations").path("ToAddresses").forEach((each) -> to.add(each.asString()));
            if (to.contains(address)) {
                found.add(new Email(message.path("source").asString(""), to, message.path("subject").asString(""),
                        message.path("body").asString("")));
            }
        }
        return found;
    }

    private static JsonNode messages() {
        URI data = CognitoEmulator.shared().endpoint().resolve("/moto-api/data.json");
        try {
            String json = HTTP.send(HttpRequest.newBuilder(data).build(), HttpResponse.BodyHandlers.ofString()).body();
            return JsonMapper.builder().build().readTree(json).path("ses").path("Message");
        }
        catch (IOException ex) {
            throw new IllegalStateException("The emulator's model data could not be read", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

}

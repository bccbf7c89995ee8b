package com.cognitoselfservice.support;

import java.net.URI;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import com.cognitoselfservice.demo.EmbeddedEmulator;

/**
 * The Cognito endpoint the tests run against, found once per JVM:
 * {@code COGNITO_TEST_ENDPOINT} when set, else a moto container when Docker is available,
 * else a {@code moto_server} child process. When none can be had the test fails, saying
 * how to get one.
 */
public final class CognitoEmulator {

    public static final String IMAGE = "motoserver/moto:5.2.1";

    public static final String REGION = "us-east-1";

    private static CognitoEmulator shared;

    private final URI endpoint;

    private final CognitoIdentityProviderClient admin;

    private final AtomicInteger names = new AtomicInteger();

    private CognitoEmulator(URI endpoint) {
        this.endpoint = endpoint;
        this.admin = CognitoIdentityProviderClient.builder()
            .endpointOverride(endpoint)
            .region(Region.of(REGION))
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
            .build();
    }

    public static synchronized CognitoEmulator shared() {
        if (shared == null) {
            // The app's admin client uses the default credential chain; these keep it off
            // the machine's.
            System.setProperty("aws.accessKeyId", "test");
            System.setProperty("aws.secretAccessKey", "test");
            shared = new CognitoEmulator(findEndpoint());
        }
        return shared;
    }

    private static URI findEndpoint() {
        String configured = System.getenv("COGNITO_TEST_ENDPOINT");
        if (configured != null && !configured.isBlank()) {
            return URI.create(configured);
        }
        if (dockerAvailable()) {
            GenericContainer<?> moto = new GenericContainer<>(IMAGE).withExposedPorts(5000)
                .withEnv(EmbeddedEmulator.CHECK_AUTHENTICATOR_CODES, "true")
                .waitingFor(Wait.forHttp("/moto-api/").forStatusCode(200));
            moto.start();
            return URI.create("http://" + moto.getHost() + ":" + moto.getMappedPort(5000));
        }
        try {
            return EmbeddedEmulator.start();
        }
        catch (IllegalStateException ex) {
            throw new AssertionError("No Cognito emulator for the tests. Set COGNITO_TEST_ENDPOINT to a running "
                    + "one, or make Docker available (image " + IMAGE + "), or install moto so that moto_server "
                    + "is on the PATH (pip install 'moto[server]'). " + ex.getMessage(), ex);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        catch (RuntimeException | LinkageError ex) {
            return false;
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    public CognitoIdentityProviderClient admin() {
        return admin;
    }

    /**
     * A new pool with Cognito's default password policy and a client, with or without a
     * secret.
     */
    public TestPool createPool(boolean clientWithSecret) {
        return TestPool.create(admin, "pool-" + UUID.randomUUID().toString().substring(0, 8), clientWithSecret);
    }

    /** A username no other test uses, so that stubs and limits keyed by it stay apart. */
    public String uniqueUsername(String prefix) {
        return prefix + "-" + names.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

}

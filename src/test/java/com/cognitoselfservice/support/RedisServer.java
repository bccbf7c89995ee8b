package com.cognitoselfservice.support;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.core.ConditionTimeoutException;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

import static org.awaitility.Awaitility.await;

/**
 * A Redis for the tests: a {@code redis} container when Docker is available, else a
 * {@code redis-server} child process on a free loopback port (Debian's
 * {@code redis-server} package), else the test fails saying how to get one. Each keeps
 * its data across {@link #crash()} and {@link #restart()}, as a Redis with persistence
 * does.
 */
public final class RedisServer {

    public static final String IMAGE = "redis:7.4-alpine";

    private static final Duration STARTUP = Duration.ofSeconds(30);

    private static RedisServer shared;

    private final Backend backend;

    private RedisServer(Backend backend) {
        this.backend = backend;
    }

    /** One Redis for the whole test run. */
    public static synchronized RedisServer shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** A Redis of the caller's own, e.g. to stop it. */
    public static RedisServer start() {
        if (dockerAvailable()) {
            return new RedisServer(new Container());
        }
        String binary = onPath("redis-server");
        if (binary == null) {
            throw new AssertionError("No Redis for the tests: make Docker available (image " + IMAGE
                    + "), or install Redis so that redis-server is on the PATH (apt-get install redis-server).");
        }
        return new RedisServer(new ChildProcess(binary));
    }

    public String host() {
        return backend.host();
    }

    public int port() {
        return backend.port();
    }

    /** The settings that point the app's redis profile at this Redis. */
    public Map<String, Object> settings() {
        return Map.of("spring.data.redis.host", host(), "spring.data.redis.port", Integer.toString(port()));
    }

    /** Redis goes away abruptly: connections drop, nothing answers. */
    public void crash() {
        backend.crash();
    }

    /** Redis is back on the same address, with what it held. */
    public void restart() {
        backend.restart();
        awaitPong();
    }

    /** Sends one command (RESP) and returns the raw reply, e.g. {@code KEYS *}. */
    public String command(String... arguments) {
        try (Socket socket = new Socket(host(), port())) {
            socket.setSoTimeout(5000);
            StringBuilder request = new StringBuilder("*" + arguments.length + "\r\n");
            for (String argument : arguments) {
                byte[] bytes = argument.getBytes(StandardCharsets.UTF_8);
                request.append('$').append(bytes.length).append("\r\n").append(argument).append("\r\n");
            }
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            socket.shutdownOutput();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        catch (IOException ex) {
            throw new IllegalStateException("Redis did not answer " + arguments[0], ex);
        }
    }

    private void awaitPong() {
        try {
            await().atMost(STARTUP)
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptionsInstanceOf(IllegalStateException.class)
                .until(() -> command("PING").startsWith("+PONG"));
        }
        catch (ConditionTimeoutException ex) {
            throw new AssertionError("Redis did not answer PING within " + STARTUP.toSeconds() + " s", ex);
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

    private static String onPath(String name) {
        List<String> dirs = new ArrayList<>(
                List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        dirs.addAll(List.of("/usr/bin", "/usr/sbin", "/usr/local/bin"));
        for (String dir : dirs) {
            File candidate = new File(dir, name);
            if (candidate.canExecute()) {
                return candidate.getPath();
            }
        }
        return null;
    }

    private interface Backend {

        String host();

        int port();

        void crash();

        void restart();

    }

    /** A container, paused to be away: its data stays, as with a network partition. */
    private static final class Container implements Backend {

        private final GenericContainer<?> redis;

        Container() {
            this.redis = new GenericContainer<>(IMAGE).withExposedPorts(6379);
            redis.start();
        }

        @Override
        public String host() {
            return redis.getHost();
        }

        @Override
        public int port() {
            return redis.getMappedPort(6379);
        }

        @Override
        public void crash() {
            redis.getDockerClient().pauseContainerCmd(redis.getContainerId()).exec();
        }

        @Override
        public void restart() {
            redis.getDockerClient().unpauseContainerCmd(redis.getContainerId()).exec();
        }

    }

    /**
     * {@code redis-server} as a child process, with an append-only file written at every
     * command so that a killed server comes back with its data.
     */
    private static final class ChildProcess implements Backend {

        private final String binary;

        private final int port;

        private final Path dir;

        private Process process;

        ChildProcess(String binary) {
            this.binary = binary;
            this.port = freePort();
            try {
                this.dir = Files.createTempDirectory("redis-test");
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
            launch();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> process.destroyForcibly(), "test-redis-stop"));
            new RedisServer(this).awaitPong();
        }

        private void launch() {
            try {
                process = new ProcessBuilder(binary, "--port", Integer.toString(port), "--bind", "127.0.0.1", "--save",
                        "", "--appendonly", "yes", "--appendfsync", "always", "--dir", dir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.log").toFile())
                    .start();
            }
            catch (IOException ex) {
                throw new AssertionError("Could not start " + binary + ": " + ex.getMessage(), ex);
            }
        }

        @Override
        public String host() {
            return "127.0.0.1";
        }

        @Override
        public int port() {
            return port;
        }

        @Override
        public void crash() {
            process.destroyForcibly();
            try {
                process.waitFor();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void restart() {
            launch();
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
            catch (IOException ex) {
                throw new IllegalStateException("No free port for Redis", ex);
            }
        }

    }

}

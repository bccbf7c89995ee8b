package com.cognitoselfservice.demo;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;

/**
 * Starts the moto Cognito emulator on a free loopback port, for the demo and for tests on
 * machines without Docker, with what the machine has: {@code moto_server} (or Python's
 * {@code moto} module), else the moto container when Docker runs, else moto installed
 * once into a virtual environment under {@code target/}. It says what it does, and stops
 * the emulator when the JVM exits.
 */
public final class EmbeddedEmulator {

    static final String IMAGE = "motoserver/moto:5.2.1";

    static final String MOTO = "moto[server]==5.2.1";

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private static final Path VENV = Path.of("target", "moto-venv");

    // Without it moto takes any code from an authenticator app.
    public static final String CHECK_AUTHENTICATOR_CODES = "MOTO_COGNITO_IDP_USER_POOL_ENABLE_TOTP";

    private EmbeddedEmulator() {
    }

    public static URI start() {
        int port = freePort();
        List<String> installed = installed();
        if (installed != null) {
            return startProcess(installed, port);
        }
        if (dockerRuns()) {
            return startContainer(port);
        }
        return startProcess(installIntoVirtualEnvironment(), port);
    }

    private static URI startProcess(List<String> command, int port) {
        List<String> full = new ArrayList<>(command);
        full.addAll(List.of("-H", "127.0.0.1", "-p", Integer.toString(port)));
        try {
            ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put(CHECK_AUTHENTICATOR_CODES, "true");
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "demo-emulator-stop"));
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            awaitReady(endpoint, process::isAlive);
            return endpoint;
        }
        catch (IOException ex) {
            throw new EmulatorUnavailableException(howToInstall("could not start " + full.get(0)), ex);
        }
    }

    private static URI startContainer(int port) {
        System.err.println("Starting the Cognito emulator as a container (" + IMAGE + ") on port " + port);
        String id = run(List.of("docker", "run", "--detach", "--rm", "--env", CHECK_AUTHENTICATOR_CODES + "=true",
                "--publish", "127.0.0.1:" + port + ":5000", IMAGE), Duration.ofMinutes(5));
        if (id == null || id.isBlank()) {
            throw new EmulatorUnavailableException(howToInstall("docker could not start " + IMAGE));
        }
        String container = id.strip();
        Runtime.getRuntime()
            .addShutdownHook(
                    new Thread(() -> run(List.of("docker", "rm", "--force", container), Duration.ofSeconds(30)),
                            "demo-emulator-stop"));
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        awaitReady(endpoint, () -> true);
        return endpoint;
    }

    // Once per checkout; a lock keeps two JVMs (unit and integration tests) from doing it
    // at the same time.
    private static List<String> installIntoVirtualEnvironment() {
        Path server = VENV.resolve("bin").resolve("moto_server");
        try {
            Files.createDirectories(VENV.getParent());
            try (FileChannel lock = FileChannel.open(VENV.resolveSibling("moto-venv.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock held = lock.lock()) {
                if (!Files.isExecutable(server)) {
                    System.err.println("moto_server is not installed and Docker is not running: installing " + MOTO
                            + " into " + VENV + " (once; this takes a minute)");
                    Path log = VENV.resolveSibling("moto-venv-install.log");
                    if (run(List.of("python3", "-m", "venv", VENV.toString()), log, Duration.ofMinutes(2)) != 0
                            || run(List.of(VENV.resolve("bin").resolve("pip").toString(), "install", "--quiet",
                                    "--timeout", "30", MOTO), log, Duration.ofMinutes(10)) != 0) {
                        throw new EmulatorUnavailableException(howToInstall("installing it into " + VENV
                                + " failed (python3 with its venv module and access to PyPI are needed; see " + log
                                + ")"));
                    }
                }
            }
        }
        catch (IOException ex) {
            throw new EmulatorUnavailableException(howToInstall("it could not be installed into " + VENV), ex);
        }
        return new ArrayList<>(List.of(server.toString()));
    }

    private static @Nullable List<String> installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dir, "moto_server");
            if (candidate.canExecute()) {
                return new ArrayList<>(List.of(candidate.getPath()));
            }
        }
        if (run(List.of("python3", "-c", "import moto.server"), Duration.ofSeconds(30)) != null) {
            return new ArrayList<>(List.of("python3", "-m", "moto.server"));
        }
        Path venv = VENV.resolve("bin").resolve("moto_server");
        return Files.isExecutable(venv) ? new ArrayList<>(List.of(venv.toString())) : null;
    }

    private static boolean dockerRuns() {
        return run(List.of("docker", "info", "--format", "{{.ServerVersion}}"), Duration.ofSeconds(20)) != null;
    }

    /** The command's output when it succeeds, else null. */
    private static @Nullable String run(List<String> command, Duration limit) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            boolean ended = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
            return (ended && process.exitValue() == 0) ? new String(output, StandardCharsets.UTF_8) : null;
        }
        catch (IOException ex) {
            return null;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static int run(List<String> command, Path log, Duration limit) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        }
        catch (IOException ex) {
            return -1;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static String howToInstall(String problem) {
        return "The moto Cognito emulator is needed, but " + problem
                + ". Install it with `pip install 'moto[server]'` (or Debian's python3-venv, to let the app install it), "
                + "or start Docker, or point COGNITO_ENDPOINT at a running emulator.";
    }

    private static void awaitReady(URI endpoint, BooleanSupplier alive) {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!alive.getAsBoolean()) {
                throw new EmulatorUnavailableException(howToInstall("the emulator exited at start"));
            }
            if (answers(endpoint)) {
                return;
            }
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new EmulatorUnavailableException(
                howToInstall("the emulator did not answer within " + STARTUP.toSeconds() + " s"));
    }

    private static boolean answers(URI endpoint) {
        try {
            HttpURLConnection connection = (HttpURLConnection) endpoint.resolve("/moto-api/").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status < 500;
        }
        catch (IOException ex) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new IllegalStateException("No free port for the emulator", ex);
        }
    }

}

package com.cognitoselfservice.cognito.demo;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the moto Cognito emulator as a child process on a free loopback port, for the
 * demo (and for tests on machines without Docker). It is stopped when the JVM exits.
 */
public final class EmbeddedEmulator {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private EmbeddedEmulator() {
    }

    public static URI start() {
        List<String> command = command();
        int port = freePort();
        command.addAll(List.of("-H", "127.0.0.1", "-p", Integer.toString(port)));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "demo-emulator-stop"));
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            awaitReady(endpoint, process);
            return endpoint;
        }
        catch (IOException ex) {
            throw new IllegalStateException(howToInstall("could not start " + command.get(0)), ex);
        }
    }

    private static List<String> command() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File candidate = new File(dir, "moto_server");
            if (candidate.canExecute()) {
                return new ArrayList<>(List.of(candidate.getPath()));
            }
        }
        if (pythonHasMoto()) {
            return new ArrayList<>(List.of("python3", "-m", "moto.server"));
        }
        throw new IllegalStateException(howToInstall("moto_server was not found on the PATH"));
    }

    private static boolean pythonHasMoto() {
        try {
            Process check = new ProcessBuilder("python3", "-c", "import moto.server").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
            return check.waitFor() == 0;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String howToInstall(String problem) {
        return "The moto Cognito emulator is needed, but " + problem
                + ". Install it with `pip install 'moto[server]'`, or run the demo with `docker compose up`, "
                + "or point COGNITO_ENDPOINT at a running emulator.";
    }

    private static void awaitReady(URI endpoint, Process process) {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(howToInstall("the emulator exited at start"));
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
        process.destroy();
        throw new IllegalStateException(
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

package com.cognitoselfservice.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.session.MapSessionRepository;

import com.cognitoselfservice.Application;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.Visitor;

/**
 * Prints figures, asserts nothing: memory and sessions under a flood of entry-page GETs,
 * and the response times of the forgot-password POST for a known and an unknown user. Run
 * with {@code ./mvnw -Pbenchmark -DskipTests verify}; {@code -Dbench.seconds=N} sets the
 * flood's length.
 */
public final class EntryPagesBenchmark {

    private EntryPagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).profiles("demo")
            .run("--server.port=0", "--cognito.endpoint=" + CognitoEmulator.shared().endpoint(),
                    "--reset.limits.code-sends-per-ip=100000", "--reset.limits.code-sends-per-username=100000",
                    "--logging.level.root=WARN");
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            flood(port, seconds, app);
            forgotPasswordTiming(port);
            passwordHelpTiming(port);
        }
        finally {
            app.close();
        }
        System.exit(0);
    }

    private static void flood(int port, int seconds, ConfigurableApplicationContext app) throws Exception {
        String[] paths = { "/", "/forgot-password", "/reset-required?username=ana", "/forgot-password?username=bob" };
        long heapBefore = usedHeapAfterGc();
        long rssBefore = rssKiB();
        AtomicLong requests = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int threads = 8;
        // No cookie store: every request comes as a new visitor would.
        HttpClient client = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                int i = 0;
                while (System.nanoTime() < deadline) {
                    URI uri = URI.create("http://localhost:" + port + paths[i++ % paths.length]);
                    client.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").build(),
                            HttpResponse.BodyHandlers.discarding());
                    requests.incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
        int sessions = sessionCount(app);
        System.out.printf("%nGET flood of entry pages, %d threads, %d s%n", threads, seconds);
        System.out.printf("  requests: %d (%.0f/s)%n", requests.get(), requests.get() / (double) seconds);
        System.out.printf("  server-side sessions after the flood: %d%n", sessions);
        System.out.printf("  heap used after GC: %d MiB before, %d MiB after%n", heapBefore >> 20,
                usedHeapAfterGc() >> 20);
        System.out.printf("  process RSS: %d MiB before, %d MiB after (client and server share the JVM)%n",
                rssBefore >> 10, rssKiB() >> 10);
    }

    private static void forgotPasswordTiming(int port) {
        int rounds = 40;
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            known.add(timeForgot(port, "alice"));
            unknown.add(timeForgot(port, "nobody-" + i));
        }
        System.out.printf("%nPOST /forgot-password, %d rounds each (floor: reset.forgot-password-minimum-duration)%n",
                rounds);
        System.out.printf("  known user:   median %d ms, p90 %d ms%n", percentile(known, 50), percentile(known, 90));
        System.out.printf("  unknown user: median %d ms, p90 %d ms%n", percentile(unknown, 50),
                percentile(unknown, 90));
    }

    /**
     * Live help runs zxcvbn on every pause in typing; its cost grows with the password's
     * length.
     */
    private static void passwordHelpTiming(int port) {
        Visitor visitor = new Visitor(port);
        visitor.get("/change-password");
        System.out.printf("%nPOST /password-help (HTMX), 200 rounds per password length%n");
        for (String password : List.of("Passw0rd!", "Correct-Horse-Battery-9", "x".repeat(64) + "Aa1!",
                "Zq8#".repeat(64))) {
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                long start = System.nanoTime();
                visitor.post("/password-help", Map.of("username", "alice", "password", password, "confirmPassword", ""),
                        Map.of("HX-Request", "true"));
                micros.add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start));
            }
            System.out.printf("  %3d characters: median %.1f ms, p90 %.1f ms%n", password.length(),
                    percentile(micros, 50) / 1000.0, percentile(micros, 90) / 1000.0);
        }
    }

    private static long timeForgot(int port, String username) {
        Visitor visitor = new Visitor(port);
        visitor.get("/forgot-password");
        long start = System.nanoTime();
        visitor.post("/forgot-password", Map.of("username", username));
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    private static int sessionCount(ConfigurableApplicationContext app) {
        MapSessionRepository repository = app.getBean(MapSessionRepository.class);
        try {
            var field = MapSessionRepository.class.getDeclaredField("sessions");
            field.setAccessible(true);
            return ((Map<?, ?>) field.get(repository)).size();
        }
        catch (ReflectiveOperationException ex) {
            return -1;
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    private static long rssKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

}

package com.cognitoselfservice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboard in {@code docs/grafana} asks only for metrics the app makes: a
 * metric renamed in the code fails here rather than as an empty panel.
 */
class DashboardTests {

    private static final Pattern PROMETHEUS_NAME = Pattern
        .compile("\\b(reset_[a-z_]+?|http_server_requests)(_seconds)?(_total|_count|_sum|_max)?\\{");

    private static final Pattern METER_NAME = Pattern.compile("\"(reset(?:\\.[a-z]+)+)\"");

    @Test
    void everyMetricTheDashboardQueriesIsOneTheAppRegisters() throws IOException {
        String dashboard = Files.readString(Path.of("docs/grafana/self-service-password.json"));
        Set<String> queried = new TreeSet<>();
        Matcher name = PROMETHEUS_NAME.matcher(dashboard);
        while (name.find()) {
            queried.add(name.group(1).replace('_', '.'));
        }

        assertThat(queried).isNotEmpty().contains("reset.flows.started", "reset.cognito.calls");
        assertThat(registeredInTheCode()).containsAll(
                queried.stream().filter((meter) -> !meter.equals("http.server.requests")).collect(Collectors.toSet()));
    }

    private static Set<String> registeredInTheCode() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
                Matcher name = METER_NAME.matcher(Files.readString(source));
                while (name.find()) {
                    names.add(name.group(1));
                }
            }
        }
        return names;
    }

}

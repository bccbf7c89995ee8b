package com.cognitoselfservice;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.cognitoselfservice.support.CognitoEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs the compose file in CI, so its shape is checked against the
 * public contract: the services, the ports and that every variable it sets is one the
 * contract names (or Spring's own).
 */
class DockerComposeContractTests {

    static final Path SHARED_CONTRACT = Path.of("..", "shared", "CONTRACT.md");

    static final Path CONTRACT_COPY = Path.of("docs", "CONTRACT.md");

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTwoDemoInstancesOnRedisBehindARoundRobinProxy() throws IOException {
        Map<String, Object> compose = read(Path.of("docker-compose.yml"));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

        assertThat(services).containsOnlyKeys("redis", "moto", "app1", "app2", "proxy");
        assertThat(services.get("moto").get("image")).isEqualTo(CognitoEmulator.IMAGE);
        assertThat(services.values()).allSatisfy((service) -> assertThat(service).containsKey("healthcheck"));
        assertThat((List<String>) services.get("proxy").get("ports")).containsExactly("8080:80");
        assertThat((List<String>) services.get("app1").get("ports")).containsExactly("8081:8081");
        assertThat((List<String>) services.get("app2").get("ports")).containsExactly("8082:8081");
        assertThat((Map<String, Object>) services.get("app2").get("depends_on")).containsKey("app1");
        assertThat((Map<String, Object>) services.get("proxy").get("depends_on")).containsKeys("app1", "app2");

        Set<String> contract = contractVariables();
        for (String app : List.of("app1", "app2")) {
            Map<String, Object> environment = (Map<String, Object>) services.get(app).get("environment");
            assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "demo,redis")
                .containsEntry("COGNITO_ENDPOINT", "http://moto:5000")
                .containsEntry("SPRING_DATA_REDIS_HOST", "redis")
                .containsEntry("MANAGEMENT_SERVER_PORT", "8081");
            String key = String.valueOf(environment.get("RESET_SESSION_KEY"))
                .replaceAll("^\\$\\{[A-Z_]+:-(.*)}$", "$1");
            assertThat(Base64.getDecoder().decode(key)).hasSizeGreaterThanOrEqualTo(32);
            assertThat(environment.keySet()).allSatisfy((name) -> assertThat(
                    contract.contains(name) || name.startsWith("SPRING_") || name.startsWith("SERVER_"))
                .as(name)
                .isTrue());
        }

        String proxy = ((Map<String, Map<String, String>>) compose.get("configs")).get("round-robin").get("content");
        assertThat(proxy).contains("server app1:8080;")
            .contains("server app2:8080;")
            .doesNotContain("ip_hash")
            .doesNotContain("sticky");
    }

    @Test
    void theContractCopyShippedWithTheProjectIsCurrent() throws IOException {
        if (Files.exists(SHARED_CONTRACT)) {
            assertThat(Files.readString(CONTRACT_COPY)).isEqualTo(Files.readString(SHARED_CONTRACT));
        }
        assertThat(contractVariables()).contains("COGNITO_USER_POOL_ID", "COGNITO_ENDPOINT", "SERVER_PORT");
    }

    static Set<String> contractVariables() throws IOException {
        Path contract = Files.exists(SHARED_CONTRACT) ? SHARED_CONTRACT : CONTRACT_COPY;
        Matcher names = Pattern.compile("`([A-Z][A-Z0-9_]+)`").matcher(Files.readString(contract));
        return names.results().map((match) -> match.group(1)).collect(Collectors.toSet());
    }

    private static Map<String, Object> read(Path path) throws IOException {
        try (Reader reader = Files.newBufferedReader(path)) {
            return new Yaml().load(reader);
        }
    }

}

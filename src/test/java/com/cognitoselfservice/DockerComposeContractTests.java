package com.cognitoselfservice;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void composeRunsTheDemoOnTheContractsVariablesAndPorts() throws IOException {
        Map<String, Object> compose = read(Path.of("docker-compose.yml"));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

        assertThat(services).containsOnlyKeys("app", "moto");
        assertThat(services.get("moto").get("image")).isEqualTo(CognitoEmulator.IMAGE);
        assertThat((List<String>) services.get("app").get("ports")).containsExactly("8080:8080");
        Map<String, Object> environment = (Map<String, Object>) services.get("app").get("environment");
        assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "demo");
        assertThat(environment.get("COGNITO_ENDPOINT")).isEqualTo("http://moto:5000");
        Set<String> contract = contractVariables();
        assertThat(environment.keySet())
            .allSatisfy((name) -> assertThat(contract.contains(name) || name.equals("SPRING_PROFILES_ACTIVE")).as(name)
                .isTrue());
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

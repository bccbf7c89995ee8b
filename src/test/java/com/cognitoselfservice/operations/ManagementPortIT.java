package com.cognitoselfservice.operations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalManagementPort;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Probes, version and metrics answer on the management port and nowhere on the public
 * one; the metrics count what people did without naming who or from where.
 */
@EmulatorTest(properties = "server.forward-headers-strategy=native")
class ManagementPortIT {

    private static final Pattern LABEL_VALUE = Pattern.compile("=\"([^\"]*)\"");

    private static final String ADDRESS = "203.0.113.99";

    final TestPool pool;

    final Visitor visitor;

    @LocalManagementPort
    int managementPort;

    ManagementPortIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void probesVersionAndMetricsAnswerOnTheManagementPortOnly() throws Exception {
        assertThat(management("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        assertThat(management("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
        assertThat(management("/actuator/info").body()).contains("\"version\":\"");
        assertThat(management("/actuator/prometheus").statusCode()).isEqualTo(200);
        for (String path : List.of("/actuator", "/actuator/health", "/actuator/prometheus", "/actuator/info")) {
            assertThat(visitor.get(path).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void aFlowIsCountedAndNoLabelNamesThePersonOrTheirAddress() throws Exception {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("metrics-person"));
        Visitor person = visitor.from(ADDRESS);
        person.get("/forgot-password");
        assertThat(person.post("/forgot-password", Map.of("username", user)).status()).isEqualTo(302);
        person.get("/confirm-code");
        assertThat(person
            .post("/confirm-code",
                    Map.of("code", "123456", "password", "Quite-new-pass-41", "confirmPassword", "Quite-new-pass-41"))
            .location()).isEqualTo("/done");
        person.get("/change-password");
        assertThat(person
            .post("/change-password", Map.of("username", user, "currentPassword", "Wrong-pass-1", "password",
                    "Quite-new-pass-42", "confirmPassword", "Quite-new-pass-42"))
            .status()).isEqualTo(400);

        String temporary = pool.createTemporaryUser(CognitoEmulator.shared().uniqueUsername("metrics-temp"),
                "Temp-pass-1!");
        Visitor newcomer = visitor.from(ADDRESS);
        newcomer.get("/change-password");
        assertThat(newcomer
            .post("/change-password", Map.of("username", temporary, "currentPassword", "Temp-pass-1!", "password",
                    "Quite-new-pass-43", "confirmPassword", "Quite-new-pass-43"))
            .location()).isEqualTo("/new-password");

        String metrics = management("/actuator/prometheus").body();

        assertThat(metrics).contains("reset_flows_started_total{flow=\"forgot\"")
            .contains("reset_flows_completed_total{flow=\"forgot\",outcome=\"password-reset:done\"")
            .contains("reset_flows_started_total{flow=\"new-password\"")
            .containsPattern("reset_cognito_calls_seconds_count\\{[^}]*operation=\"ForgotPassword\"[^}]*outcome=\"ok\"")
            .contains("reset_flows_started_total{flow=\"change\"")
            .containsPattern("reset_cognito_calls_seconds_count\\{[^}]*operation=\"InitiateAuth\"[^}]*"
                    + "outcome=\"NotAuthorizedException\"")
            .containsPattern("reset_forms_refused_total\\{[^}]*form=\"changePasswordForm\"")
            .containsPattern("reset_sessions_open\\{kind=\"flow\"[^}]*\\} [1-9]");
        List<String> labelValues = LABEL_VALUE.matcher(metrics).results().map((match) -> match.group(1)).toList();
        assertThat(labelValues).isNotEmpty()
            .noneMatch((value) -> value.contains(user) || value.contains(temporary) || value.contains("metrics-"))
            .noneMatch((value) -> value.contains(ADDRESS));
    }

    @Test
    void cognitoOutOfReachShowsInHealthButTheInstanceStaysReady() throws Exception {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("unreachable"));
        AwsStub.shared().fault("ForgotPassword", user, Fault.CONNECTION_RESET_BY_PEER);
        for (int i = 0; i < 3; i++) {
            Visitor person = visitor.another();
            person.get("/forgot-password");
            assertThat(person.post("/forgot-password", Map.of("username", user)).status()).isEqualTo(503);
        }

        assertThat(management("/actuator/health").body())
            .containsPattern("\"cognito\":\\{(\"details\":\\{[^}]*\\},)?\"status\":\"DOWN\"");
        assertThat(management("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");

        String other = pool.createUser(CognitoEmulator.shared().uniqueUsername("reachable"));
        Visitor person = visitor.another();
        person.get("/forgot-password");
        assertThat(person.post("/forgot-password", Map.of("username", other)).status()).isEqualTo(302);
        assertThat(management("/actuator/health").body())
            .containsPattern("\"cognito\":\\{(\"details\":\\{[^}]*\\},)?\"status\":\"UP\"");
    }

    private HttpResponse<String> management(String path) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + managementPort + path);
        return HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

}

package com.cognitoselfservice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.cognitoselfservice.Application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class StartupValidationTests {

    @Test
    void missingPoolIdStopsTheAppWithOneClearLine(CapturedOutput output) {
        assertThatException().isThrownBy(() -> start("--cognito.client-id=abc123"));

        assertThat(output)
            .contains("COGNITO_USER_POOL_ID is missing: set it to your user pool id, e.g. eu-west-1_AbCdEf123")
            .doesNotContain("\tat org.springframework");
    }

    @Test
    void malformedPoolIdStopsTheAppWithOneClearLine(CapturedOutput output) {
        assertThatException()
            .isThrownBy(() -> start("--cognito.user-pool-id=not a pool", "--cognito.client-id=abc123"));

        assertThat(output).contains("COGNITO_USER_POOL_ID is malformed: a user pool id looks like eu-west-1_AbCdEf123")
            .doesNotContain("not a pool");
    }

    @Test
    void overlongPoolIdIsRefused(CapturedOutput output) {
        assertThatException().isThrownBy(
                () -> start("--cognito.user-pool-id=eu-west-1_" + "a".repeat(50), "--cognito.client-id=abc123"));

        assertThat(output).contains("COGNITO_USER_POOL_ID is longer than 55 characters");
    }

    @Test
    void missingClientIdIsNamed(CapturedOutput output) {
        assertThatException().isThrownBy(() -> start("--cognito.user-pool-id=eu-west-1_AbCdEf123"));

        assertThat(output).contains("COGNITO_CLIENT_ID is missing");
    }

    @Test
    void anUnreadableFrameAncestorIsNamed(CapturedOutput output) {
        assertThatException().isThrownBy(() -> start("--cognito.user-pool-id=eu-west-1_AbCdEf123",
                "--cognito.client-id=abc123", "--reset.products[0].client=shop", "--reset.products[0].name=Shop",
                "--reset.products[0].frame-ancestors=*"));

        assertThat(output).contains("reset.products[0].frame-ancestors has '*', which is not an origin");
    }

    @Test
    void theRedisProfileWithoutADeploymentKeyDoesNotStart(CapturedOutput output) {
        assertThatException().isThrownBy(() -> start("--spring.profiles.active=redis",
                "--cognito.user-pool-id=eu-west-1_AbCdEf123", "--cognito.client-id=abc123"));

        assertThat(output).contains("RESET_SESSION_KEY is required with the redis profile")
            .contains("openssl rand -base64 32")
            .doesNotContain("\tat org.springframework");
    }

    @Test
    void aWeakDeploymentKeyIsRefusedWithoutShowingIt(CapturedOutput output) {
        assertThatException().isThrownBy(() -> start("--reset.session-key=c2VjcmV0",
                "--cognito.user-pool-id=eu-west-1_AbCdEf123", "--cognito.client-id=abc123"));

        assertThat(output).contains("RESET_SESSION_KEY is 6 bytes long; it must be at least 32.")
            .doesNotContain("c2VjcmV0");
    }

    private static void start(String... args) {
        new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE).run(args).close();
    }

}

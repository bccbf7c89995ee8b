package com.cognitoselfservice.abuse;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Calls per second the whole deployment may make in each of Cognito's quota categories
 * ({@code RESET_COGNITO_BUDGET_ACCOUNT_RECOVERY}, {@code RESET_COGNITO_BUDGET_SIGN_IN}),
 * below what the AWS account allows so that the product's own sign-in page and other apps
 * in the account keep theirs. Without Redis each instance takes its share:
 * {@code RESET_COGNITO_BUDGET_INSTANCES} says how many there are. After Cognito answers
 * {@code TooManyRequestsException} an instance spends its budget faster for
 * {@code backOff}.
 */
@Validated
@ConfigurationProperties("reset.cognito-budget")
public record CognitoBudgetProperties(@DefaultValue("10") @Min(1) int accountRecovery,
        @DefaultValue("40") @Min(1) int signIn, @DefaultValue("1") @Min(1) int instances,
        @DefaultValue("30s") Duration backOff) {

}

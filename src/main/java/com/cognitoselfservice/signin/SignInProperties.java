package com.cognitoselfservice.signin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long a sign-in challenge (temporary password, sign-in code) is honoured
 * ({@code RESET_CHALLENGE_VALIDITY}); Cognito's own validity is 3 minutes.
 */
@Validated
@ConfigurationProperties("reset")
public record SignInProperties(@DefaultValue("3m") Duration challengeValidity) {

}

package com.cognitoselfservice.flow;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the reset flow paces itself: the time between two codes for one flow
 * ({@code RESET_RESEND_COOLDOWN}) and the least time a code request takes, so that timing
 * does not tell whether an account exists
 * ({@code RESET_FORGOT_PASSWORD_MINIMUM_DURATION}).
 */
@Validated
@ConfigurationProperties("reset")
public record FlowProperties(@DefaultValue("60s") Duration resendCooldown,
        @DefaultValue("400ms") Duration forgotPasswordMinimumDuration) {

}

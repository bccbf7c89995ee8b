package com.cognitoselfservice.notify;

import java.time.Duration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Password-change notices ({@code RESET_NOTIFY_*}): off unless {@code from}, an address
 * SES lets this deployment send from, is set. At most {@code queueCapacity} messages
 * wait; each is tried {@code attempts} times, waiting {@code firstRetry} and then twice
 * as long each time.
 */
@Validated
@ConfigurationProperties("reset.notify")
record NotifyProperties(@Nullable @Email String from, @DefaultValue("1000") @Min(1) int queueCapacity,
        @DefaultValue("5") @Min(1) int attempts, @DefaultValue("1s") Duration firstRetry) {

    boolean isConfigured() {
        return from != null && !from.isBlank();
    }

}

package com.cognitoselfservice.support;

import java.time.Duration;
import java.util.List;

import com.cognitoselfservice.web.ResetProperties;

/**
 * Settings for unit tests, as the defaults in application properties give them unless a
 * test says otherwise.
 */
public final class Settings {

    private Settings() {
    }

    public static ResetProperties reset(List<String> allowedReturnUrls, List<String> frameAncestors) {
        return reset(allowedReturnUrls, frameAncestors,
                new ResetProperties.Limits(Duration.ofMinutes(15), 20, 5, 30, 10, 30, 10));
    }

    public static ResetProperties reset(List<String> allowedReturnUrls, List<String> frameAncestors,
            ResetProperties.Limits limits) {
        return new ResetProperties(allowedReturnUrls, frameAncestors, null, Duration.ofSeconds(60), Duration.ZERO,
                Duration.ofMinutes(3), new ResetProperties.Sessions(Duration.ofMinutes(15), 100), limits);
    }

}

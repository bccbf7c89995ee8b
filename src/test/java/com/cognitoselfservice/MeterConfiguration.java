package com.cognitoselfservice;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;

/** Counts in memory, for controller slices (the app has the actuator's registries). */
@TestConfiguration(proxyBeanMethods = false)
public class MeterConfiguration {

    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

}

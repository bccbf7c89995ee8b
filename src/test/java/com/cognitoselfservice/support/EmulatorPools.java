package com.cognitoselfservice.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every {@link EmulatorTest} class a pool of its own in the emulator, and the app
 * the settings that point at it (through the stub in front of the emulator).
 */
public class EmulatorPools implements ContextCustomizerFactory {

    private static final Map<Class<?>, TestPool> POOLS = new ConcurrentHashMap<>();

    /** The pool of a test class. */
    static TestPool of(Class<?> testClass) {
        return POOLS.computeIfAbsent(testClass,
                (missing) -> CognitoEmulator.shared().createPool(annotation(testClass).secret()));
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configurations) {
        return testClass.isAnnotationPresent(EmulatorTest.class) ? new PoolSettings(testClass) : null;
    }

    private static EmulatorTest annotation(Class<?> testClass) {
        return testClass.getAnnotation(EmulatorTest.class);
    }

    /** The settings of one test class's app; its own context, as its pool is its own. */
    private record PoolSettings(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            EmulatorTest test = annotation(testClass);
            Map<String, Object> settings = AppAgainstEmulator.settings(of(testClass), test.secret());
            for (String property : test.properties()) {
                String[] pair = property.split("=", 2);
                settings.put(pair[0].strip(), pair[1].strip());
            }
            context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("emulator-pool:" + testClass.getSimpleName(), settings));
        }

    }

}

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
 * Gives every {@link EmulatorTest} configuration (client secret or not, and the further
 * settings) a pool of its own in the emulator, and the app the settings that point at it
 * (through the stub in front of the emulator). Test classes with the same configuration
 * share the pool and one running app: Spring's test context cache keys the app by these
 * settings. They stay apart as every test makes users of its own
 * ({@link CognitoEmulator#uniqueUsername}), and the stub and the limits are keyed by
 * username.
 */
public class EmulatorPools implements ContextCustomizerFactory {

    private static final Map<Configuration, TestPool> POOLS = new ConcurrentHashMap<>();

    /** The pool of a test class's configuration. */
    static TestPool of(Class<?> testClass) {
        return of(Configuration.of(testClass));
    }

    private static TestPool of(Configuration configuration) {
        return POOLS.computeIfAbsent(configuration,
                (missing) -> CognitoEmulator.shared().createPool(configuration.secret()));
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configurations) {
        return testClass.isAnnotationPresent(EmulatorTest.class) ? new PoolSettings(Configuration.of(testClass)) : null;
    }

    /** What an {@link EmulatorTest} asks of its app. */
    private record Configuration(boolean secret, List<String> properties) {

        static Configuration of(Class<?> testClass) {
            EmulatorTest test = testClass.getAnnotation(EmulatorTest.class);
            return new Configuration(test.secret(), List.of(test.properties()));
        }

    }

    /** The settings of the app of one configuration. */
    private record PoolSettings(Configuration configuration) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            Map<String, Object> settings = AppAgainstEmulator.settings(of(configuration), configuration.secret());
            for (String property : configuration.properties()) {
                String[] pair = property.split("=", 2);
                settings.put(pair[0].strip(), pair[1].strip());
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("emulator-pool", settings));
        }

    }

}

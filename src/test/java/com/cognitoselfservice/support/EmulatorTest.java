package com.cognitoselfservice.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole app on a random port, talking to the stub in front of the emulator, with the
 * pool of its configuration and a clock the test moves. Test classes with the same
 * settings share the app and the pool ({@link EmulatorPools}), so a test makes users of
 * its own and moves the clock only forward. A test takes what it needs as constructor or
 * method parameters: the {@link TestPool}, a fresh {@link Visitor} (a browser without the
 * rendering), the {@link AwsStub}, the {@link CognitoEmulator}. Further settings go in
 * {@code properties}, as {@code name=value}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(CognitoEmulatorExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
public @interface EmulatorTest {

    /** Whether the pool's app client has a secret, which the app is then given. */
    boolean secret() default false;

    /** Further settings of the app, as {@code name=value}. */
    String[] properties() default {};

}

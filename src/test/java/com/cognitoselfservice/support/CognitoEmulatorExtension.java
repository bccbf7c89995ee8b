package com.cognitoselfservice.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives a test the Cognito emulator (failing the class with a how-to when none can be
 * had), the stub in front of it and, for an {@link EmulatorTest}, its pool and a fresh
 * {@link Visitor} of the app.
 */
public class CognitoEmulatorExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        CognitoEmulator.shared();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        boolean app = context.getRequiredTestClass().isAnnotationPresent(EmulatorTest.class);
        return type == CognitoEmulator.class || type == AwsStub.class
                || (app && (type == TestPool.class || type == Visitor.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == AwsStub.class) {
            return AwsStub.shared();
        }
        if (type == TestPool.class) {
            return EmulatorPools.of(context.getRequiredTestClass());
        }
        if (type == Visitor.class) {
            Integer port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getProperty("local.server.port", Integer.class);
            return new Visitor(port);
        }
        return CognitoEmulator.shared();
    }

}

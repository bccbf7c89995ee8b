package com.cognitoselfservice.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class the Cognito emulator (and the stub in front of it), failing the
 * class with a how-to when no emulator can be had.
 */
public class CognitoEmulatorExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        CognitoEmulator.shared();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == CognitoEmulator.class || type == AwsStub.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return (parameter.getParameter().getType() == AwsStub.class) ? AwsStub.shared() : CognitoEmulator.shared();
    }

}

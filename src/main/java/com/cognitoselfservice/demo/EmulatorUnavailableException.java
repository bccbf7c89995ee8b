package com.cognitoselfservice.demo;

/** The demo (or a test run) needs the Cognito emulator and cannot find or set one up. */
public class EmulatorUnavailableException extends IllegalStateException {

    EmulatorUnavailableException(String message) {
        super(message);
    }

    EmulatorUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

}

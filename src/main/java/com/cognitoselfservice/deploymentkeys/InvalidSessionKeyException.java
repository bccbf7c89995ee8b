package com.cognitoselfservice.deploymentkeys;

/** {@code RESET_SESSION_KEY} is missing where it is needed, or cannot be a good key. */
public class InvalidSessionKeyException extends RuntimeException {

    InvalidSessionKeyException(String variable, String problem) {
        super(variable + " " + problem);
    }

}

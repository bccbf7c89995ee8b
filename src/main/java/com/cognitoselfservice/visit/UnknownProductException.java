package com.cognitoselfservice.visit;

/**
 * The {@code client} parameter names no registered product.
 */
class UnknownProductException extends RuntimeException {

    UnknownProductException() {
        super("No product is registered under this client key", null, false, false);
    }

}

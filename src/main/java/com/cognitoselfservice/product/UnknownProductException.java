package com.cognitoselfservice.product;

/**
 * The {@code client} parameter names no registered product.
 */
class UnknownProductException extends RuntimeException {

    UnknownProductException() {
        super("No product is registered under this client key", null, false, false);
    }

}

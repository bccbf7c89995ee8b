package com.cognitoselfservice.product;

/**
 * A product setting that cannot work, named as the operator wrote it.
 */
class InvalidProductSettingException extends RuntimeException {

    private final String property;

    InvalidProductSettingException(String property, String problem) {
        super(property + " " + problem);
        this.property = property;
    }

    String property() {
        return property;
    }

}

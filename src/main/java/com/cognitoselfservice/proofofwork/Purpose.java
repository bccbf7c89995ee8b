package com.cognitoselfservice.proofofwork;

import com.cognitoselfservice.abuse.AbuseLimits;

/**
 * What a challenged form does: send a code or sign in. A solution is only good for the
 * purpose its challenge was made for.
 */
public enum Purpose {

    CODE_SEND("code-send", AbuseLimits.AddressLimit.CODE_SEND, "ForgotPassword"),
    SIGN_IN("sign-in", AbuseLimits.AddressLimit.SIGN_IN, "InitiateAuth"),
    CONSOLE_SIGN_IN("console-sign-in", AbuseLimits.AddressLimit.CONSOLE_SIGN_IN, "InitiateAuth");

    private final String key;

    private final AbuseLimits.AddressLimit addressLimit;

    private final String cognitoOperation;

    Purpose(String key, AbuseLimits.AddressLimit addressLimit, String cognitoOperation) {
        this.key = key;
        this.addressLimit = addressLimit;
        this.cognitoOperation = cognitoOperation;
    }

    String key() {
        return key;
    }

    AbuseLimits.AddressLimit addressLimit() {
        return addressLimit;
    }

    String cognitoOperation() {
        return cognitoOperation;
    }

}

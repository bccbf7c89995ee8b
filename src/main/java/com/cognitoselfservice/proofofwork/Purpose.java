package com.cognitoselfservice.proofofwork;

import com.cognitoselfservice.abuse.AbuseLimits;

/**
 * What a challenged form does: send a code or sign in. A solution is only good for the
 * purpose its challenge was made for.
 */
public enum Purpose {

    CODE_SEND("code-send", AbuseLimits.Purpose.CODE_SEND, "ForgotPassword"),
    SIGN_IN("sign-in", AbuseLimits.Purpose.SIGN_IN, "InitiateAuth"),
    CONSOLE_SIGN_IN("console-sign-in", AbuseLimits.Purpose.CONSOLE_SIGN_IN, "InitiateAuth");

    private final String key;

    private final AbuseLimits.Purpose addressLimit;

    private final String cognitoOperation;

    Purpose(String key, AbuseLimits.Purpose addressLimit, String cognitoOperation) {
        this.key = key;
        this.addressLimit = addressLimit;
        this.cognitoOperation = cognitoOperation;
    }

    String key() {
        return key;
    }

    AbuseLimits.Purpose addressLimit() {
        return addressLimit;
    }

    String cognitoOperation() {
        return cognitoOperation;
    }

}

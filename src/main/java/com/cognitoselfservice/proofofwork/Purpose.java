package com.cognitoselfservice.proofofwork;

import com.cognitoselfservice.abuse.AbuseLimits;
import com.cognitoselfservice.abuse.CognitoQuota;

/**
 * What a challenged form does: send a code or sign in. A solution is only good for the
 * purpose its challenge was made for.
 */
public enum Purpose {

    CODE_SEND("code-send", AbuseLimits.AddressLimit.CODE_SEND, CognitoQuota.ACCOUNT_RECOVERY),
    SIGN_IN("sign-in", AbuseLimits.AddressLimit.SIGN_IN, CognitoQuota.SIGN_IN),
    CONSOLE_SIGN_IN("console-sign-in", AbuseLimits.AddressLimit.CONSOLE_SIGN_IN, CognitoQuota.SIGN_IN);

    private final String key;

    private final AbuseLimits.AddressLimit addressLimit;

    private final CognitoQuota quota;

    Purpose(String key, AbuseLimits.AddressLimit addressLimit, CognitoQuota quota) {
        this.key = key;
        this.addressLimit = addressLimit;
        this.quota = quota;
    }

    String key() {
        return key;
    }

    AbuseLimits.AddressLimit addressLimit() {
        return addressLimit;
    }

    /** The Cognito quota the form's call counts against. */
    CognitoQuota quota() {
        return quota;
    }

}

package com.cognitoselfservice.proofofwork;

import org.jspecify.annotations.Nullable;

import com.cognitoselfservice.abuse.AbuseLimits;
import com.cognitoselfservice.abuse.CognitoQuota;

/**
 * What a challenged form does: send a code, confirm one, sign in, or start a flow that
 * costs Cognito nothing yet but takes a place in the session store. A solution is only
 * good for the purpose its challenge was made for.
 */
public enum Purpose {

    CODE_SEND("code-send", AbuseLimits.AddressLimit.CODE_SEND, CognitoQuota.ACCOUNT_RECOVERY),
    CODE_CONFIRM("code-confirm", AbuseLimits.AddressLimit.CONFIRM, CognitoQuota.ACCOUNT_RECOVERY),
    SIGN_IN("sign-in", AbuseLimits.AddressLimit.SIGN_IN, CognitoQuota.SIGN_IN),
    CONSOLE_SIGN_IN("console-sign-in", AbuseLimits.AddressLimit.CONSOLE_SIGN_IN, CognitoQuota.SIGN_IN),
    FLOW_START("flow-start", AbuseLimits.AddressLimit.SESSION_START, null);

    private final String key;

    private final AbuseLimits.AddressLimit addressLimit;

    private final @Nullable CognitoQuota quota;

    Purpose(String key, AbuseLimits.AddressLimit addressLimit, @Nullable CognitoQuota quota) {
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

    /**
     * The Cognito quota the form's call counts against; none for a form that only starts
     * a flow, whose pressure is how full the store of flows is.
     */
    @Nullable CognitoQuota quota() {
        return quota;
    }

}

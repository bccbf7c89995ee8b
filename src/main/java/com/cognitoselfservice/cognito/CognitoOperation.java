package com.cognitoselfservice.cognito;

import com.cognitoselfservice.abuse.CognitoQuota;

/**
 * The Cognito operations the app calls for the people at its pages: the quota each counts
 * against, and whether a call that failed on Cognito's side may be made again
 * ({@link CognitoRetries}). Metrics and log lines name them as Cognito does.
 */
enum CognitoOperation {

    FORGOT_PASSWORD("ForgotPassword", CognitoQuota.ACCOUNT_RECOVERY, false),
    CONFIRM_FORGOT_PASSWORD("ConfirmForgotPassword", CognitoQuota.ACCOUNT_RECOVERY, false),
    CHANGE_PASSWORD("ChangePassword", CognitoQuota.ACCOUNT_RECOVERY, false),
    INITIATE_AUTH("InitiateAuth", CognitoQuota.SIGN_IN, true),
    RESPOND_TO_AUTH_CHALLENGE("RespondToAuthChallenge", CognitoQuota.SIGN_IN, false),
    GLOBAL_SIGN_OUT("GlobalSignOut", CognitoQuota.SIGN_IN, true),
    ASSOCIATE_SOFTWARE_TOKEN("AssociateSoftwareToken", CognitoQuota.SIGN_IN, false),
    VERIFY_SOFTWARE_TOKEN("VerifySoftwareToken", CognitoQuota.SIGN_IN, false);

    private final String cognitoName;

    private final CognitoQuota quota;

    private final boolean harmlessToRepeat;

    CognitoOperation(String cognitoName, CognitoQuota quota, boolean harmlessToRepeat) {
        this.cognitoName = cognitoName;
        this.quota = quota;
        this.harmlessToRepeat = harmlessToRepeat;
    }

    CognitoQuota quota() {
        return quota;
    }

    /**
     * Whether the operation may be made again after Cognito failed or took too long: a
     * new sign-in or a sign-out changes nothing a second time.
     */
    boolean isHarmlessToRepeat() {
        return harmlessToRepeat;
    }

    @Override
    public String toString() {
        return cognitoName;
    }

}

package com.cognitoselfservice.abuse;

import java.util.Locale;

/**
 * The categories of Cognito's request quotas the app's calls count against: account
 * recovery (ForgotPassword, ConfirmForgotPassword, ChangePassword) and sign-in
 * (InitiateAuth, RespondToAuthChallenge, GlobalSignOut).
 */
public enum CognitoQuota {

    ACCOUNT_RECOVERY, SIGN_IN;

    /** The name metrics and the budget's store use, e.g. {@code account-recovery}. */
    String tag() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

}

package com.cognitoselfservice.signin;

import org.jspecify.annotations.Nullable;

import com.cognitoselfservice.cognito.SignInChallenge;

/**
 * Why someone signs in here, and so which pages carry the sign-in on: a person changing
 * their password, or a helpdesk person entering the admin console. A challenge started
 * for one is never answered on the other's pages.
 */
public enum SignInPurpose {

    /**
     * {@code /change-password}: a temporary password, a sign-in code, the setup of an
     * authenticator app or a reset may follow.
     */
    CHANGE_PASSWORD("/change-password", "/new-password", "/mfa-code", "/mfa-setup", "/reset-required",
            "change-password.unsupported-challenge"),

    /** {@code /admin/sign-in}: only a temporary password may follow. */
    ADMIN_CONSOLE("/admin/sign-in", "/admin/new-password", null, null, null, "admin.sign-in.unsupported-challenge");

    static final String MFA_CHOICE_PAGE = "/mfa-choice";

    private final String signInPage;

    private final String newPasswordPage;

    private final @Nullable String codePage;

    private final @Nullable String mfaSetupPage;

    private final @Nullable String resetRequiredPage;

    private final String unsupportedMessage;

    SignInPurpose(String signInPage, String newPasswordPage, @Nullable String codePage, @Nullable String mfaSetupPage,
            @Nullable String resetRequiredPage, String unsupportedMessage) {
        this.mfaSetupPage = mfaSetupPage;
        this.signInPage = signInPage;
        this.newPasswordPage = newPasswordPage;
        this.codePage = codePage;
        this.resetRequiredPage = resetRequiredPage;
        this.unsupportedMessage = unsupportedMessage;
    }

    /** The flow a sign-in starts, as metrics name it. */
    public String flowName() {
        return (this == ADMIN_CONSOLE) ? "helpdesk" : "change";
    }

    /** Where to sign in again when a challenge can no longer be answered. */
    public String signInPage() {
        return signInPage;
    }

    /** The page that answers this challenge here; none when this sign-in cannot. */
    @Nullable String pageFor(SignInChallenge challenge) {
        if (challenge.isNewPasswordRequired()) {
            return newPasswordPage;
        }
        if (challenge.isMfaSetup()) {
            return mfaSetupPage;
        }
        if (challenge.isMfaChoice()) {
            return (codePage != null) ? MFA_CHOICE_PAGE : null;
        }
        return challenge.isCodeChallenge() ? codePage : null;
    }

    /** Where a user an administrator reset goes; none to say so on the sign-in form. */
    @Nullable String resetRequiredPage() {
        return resetRequiredPage;
    }

    String unsupportedMessage() {
        return unsupportedMessage;
    }

}

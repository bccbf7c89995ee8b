package com.cognitoselfservice.mfa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.cognitoselfservice.password.NewPasswordFields;

/**
 * The sign-in code, and the passwords again: ChangePassword needs the current one, and
 * passwords are never kept on the server between two pages.
 */
public class MfaCodeForm extends NewPasswordFields {

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[^\\s\\p{Cc}]*")
    private String code;

    @NotBlank
    @Size(max = 256)
    private String currentPassword;

    private String challenge;

    private boolean signOutEverywhere = true;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getChallenge() {
        return challenge;
    }

    public void setChallenge(String challenge) {
        this.challenge = challenge;
    }

    public boolean isSignOutEverywhere() {
        return signOutEverywhere;
    }

    public void setSignOutEverywhere(boolean signOutEverywhere) {
        this.signOutEverywhere = signOutEverywhere;
    }

}

package com.cognitoselfservice.mfa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The sign-in code, and the passwords again: ChangePassword needs the current one, and passwords are
 * never kept on the server between two pages.
 */
public class MfaCodeForm {

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[^\\s\\p{Cc}]*")
    private String code;

    @NotBlank
    @Size(max = 256)
    private String currentPassword;

    @NotBlank
    @Size(max = 256)
    @Pattern(regexp = "\\P{Cc}*")
    private String password;

    @NotBlank
    private String confirmPassword;

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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
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

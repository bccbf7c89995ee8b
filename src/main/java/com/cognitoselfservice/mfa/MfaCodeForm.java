package com.cognitoselfservice.mfa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The sign-in code, and the passwords again: ChangePassword needs the current one, and
 * passwords are never kept on the server between two pages.
 */
public class MfaCodeForm extends MfaFirstPasswordForm {

    @NotBlank
    @Size(max = 256)
    private String currentPassword;

    public MfaCodeForm() {
        // Other devices are signed out unless the person says otherwise, as on
        // /change-password.
        setSignOutEverywhere(true);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

}

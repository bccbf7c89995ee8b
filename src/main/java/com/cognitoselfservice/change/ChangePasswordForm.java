package com.cognitoselfservice.change;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.cognitoselfservice.web.EntryParameters;
import com.cognitoselfservice.web.NewPasswordFields;

/** Sign in with the current password and choose a new one. */
public class ChangePasswordForm extends NewPasswordFields {

    @NotBlank
    @Size(max = 128)
    @Pattern(regexp = EntryParameters.USERNAME_CHARACTERS)
    private String username;

    @NotBlank
    @Size(max = 256)
    private String currentPassword;

    private boolean signOutEverywhere = true;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public boolean isSignOutEverywhere() {
        return signOutEverywhere;
    }

    public void setSignOutEverywhere(boolean signOutEverywhere) {
        this.signOutEverywhere = signOutEverywhere;
    }

}

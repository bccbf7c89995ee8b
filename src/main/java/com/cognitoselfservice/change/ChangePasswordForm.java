package com.cognitoselfservice.change;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.cognitoselfservice.cognito.Username;
import com.cognitoselfservice.password.NewPasswordFields;

/** Sign in with the current password and choose a new one. */
public class ChangePasswordForm extends NewPasswordFields {

    @NotBlank
    @Size(max = Username.MAXIMUM_LENGTH)
    @Pattern(regexp = Username.CHARACTERS)
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

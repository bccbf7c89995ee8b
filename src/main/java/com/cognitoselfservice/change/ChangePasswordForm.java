package com.cognitoselfservice.change;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Sign in with the current password and choose a new one. */
public class ChangePasswordForm {

    @NotBlank
    @Size(max = 128)
    @Pattern(regexp = "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]*")
    private String username;

    @NotBlank
    @Size(max = 256)
    private String currentPassword;

    @NotBlank
    @Size(max = 256)
    @Pattern(regexp = "\\P{Cc}*")
    private String password;

    @NotBlank
    private String confirmPassword;

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

    public boolean isSignOutEverywhere() {
        return signOutEverywhere;
    }

    public void setSignOutEverywhere(boolean signOutEverywhere) {
        this.signOutEverywhere = signOutEverywhere;
    }

}

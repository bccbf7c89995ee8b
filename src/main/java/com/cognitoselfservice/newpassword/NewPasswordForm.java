package com.cognitoselfservice.newpassword;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The permanent password replacing a temporary one, and which challenge the page was shown for. */
public class NewPasswordForm {

    @NotBlank
    @Size(max = 256)
    @Pattern(regexp = "\\P{Cc}*")
    private String password;

    @NotBlank
    private String confirmPassword;

    private String challenge;

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

}

package com.cognitoselfservice.mfa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.cognitoselfservice.password.NewPasswordFields;

/**
 * A sign-in code with a new password typed twice: what a person who signs in without a
 * password sends to choose a first one ({@link MfaCodeForm} adds the current password).
 */
public class MfaFirstPasswordForm extends NewPasswordFields {

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[^\\s\\p{Cc}]*")
    private String code;

    private String challenge;

    private boolean signOutEverywhere;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

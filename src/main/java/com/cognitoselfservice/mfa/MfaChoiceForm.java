package com.cognitoselfservice.mfa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The second factor the person chose, among those Cognito offered. */
public class MfaChoiceForm {

    @NotBlank
    @Pattern(regexp = "SOFTWARE_TOKEN_MFA|SMS_MFA|EMAIL_OTP")
    private String method;

    private String challenge;

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getChallenge() {
        return challenge;
    }

    public void setChallenge(String challenge) {
        this.challenge = challenge;
    }

}

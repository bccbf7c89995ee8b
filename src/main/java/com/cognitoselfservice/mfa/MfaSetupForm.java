package com.cognitoselfservice.mfa;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The authenticator app's first code and, optionally, a name for the device, after the
 * new password was set already.
 */
public class MfaSetupForm {

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[^\\s\\p{Cc}]*")
    private String code;

    @Size(max = 128)
    @Pattern(regexp = "\\P{Cc}*")
    private String deviceName;

    private String challenge;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getDeviceName() {
        return deviceName;
    }

    public void setDeviceName(String deviceName) {
        this.deviceName = deviceName;
    }

    public String getChallenge() {
        return challenge;
    }

    public void setChallenge(String challenge) {
        this.challenge = challenge;
    }

}

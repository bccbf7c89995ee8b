package com.cognitoselfservice.mfa;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The authenticator app's first code with the passwords again, for a person whose
 * password change asked them to set one up first: ChangePassword needs the current
 * password, and passwords are never kept on the server between two pages.
 */
public class MfaSetupChangeForm extends MfaCodeForm {

    @Size(max = 128)
    @Pattern(regexp = "\\P{Cc}*")
    private String deviceName;

    public String getDeviceName() {
        return deviceName;
    }

    public void setDeviceName(String deviceName) {
        this.deviceName = deviceName;
    }

}

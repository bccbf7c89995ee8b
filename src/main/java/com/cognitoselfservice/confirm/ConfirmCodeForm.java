package com.cognitoselfservice.confirm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The code from the message and the new password, typed twice. */
public class ConfirmCodeForm {

    @NotBlank
    @Size(max = 2048)
    @Pattern(regexp = "[^\\s\\p{Cc}]*")
    private String code;

    @NotBlank
    @Size(max = 256)
    @Pattern(regexp = "\\P{Cc}*")
    private String password;

    @NotBlank
    private String confirmPassword;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

}

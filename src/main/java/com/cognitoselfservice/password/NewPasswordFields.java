package com.cognitoselfservice.password;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The new password, typed twice, as every form that sets one has it ({@code password} and
 * {@code confirmPassword} in the public contract). Checked further by
 * {@link NewPasswordCheck}.
 */
public abstract class NewPasswordFields {

    @NotBlank
    @Size(max = 256)
    @Pattern(regexp = "\\P{Cc}*")
    private String password;

    @NotBlank
    private String confirmPassword;

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

package com.cognitoselfservice.forgot;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The username whose password is forgotten; the AWS username rules, checked before
 * Cognito is asked.
 */
public class ForgotPasswordForm {

    @NotBlank
    @Size(max = 128)
    @Pattern(regexp = "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]*")
    private String username;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

}

package com.cognitoselfservice.forgot;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.cognitoselfservice.cognito.Username;

/**
 * The username whose password is forgotten; the AWS username rules, checked before
 * Cognito is asked.
 */
public class ForgotPasswordForm {

    @NotBlank
    @Size(max = Username.MAXIMUM_LENGTH)
    @Pattern(regexp = Username.CHARACTERS)
    private String username;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

}

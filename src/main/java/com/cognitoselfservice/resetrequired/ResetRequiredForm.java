package com.cognitoselfservice.resetrequired;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.cognitoselfservice.cognito.Username;

/**
 * The username of a person an administrator reset; "Send me a new code" posts the same
 * field to {@code /forgot-password}.
 */
public class ResetRequiredForm {

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

package com.cognitoselfservice.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.cognitoselfservice.cognito.Username;

/** A helpdesk person's own Cognito username and password. */
public class AdminSignInForm {

    @NotBlank
    @Size(max = Username.MAXIMUM_LENGTH)
    @Pattern(regexp = Username.CHARACTERS)
    private String username;

    @NotBlank
    @Size(max = 256)
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

}

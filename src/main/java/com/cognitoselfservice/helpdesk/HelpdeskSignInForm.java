package com.cognitoselfservice.helpdesk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A helpdesk person's own Cognito username and password. */
public class HelpdeskSignInForm {

    @NotBlank
    @Size(max = 128)
    @Pattern(regexp = "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]*")
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

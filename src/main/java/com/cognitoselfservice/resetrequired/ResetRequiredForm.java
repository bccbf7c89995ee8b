package com.cognitoselfservice.resetrequired;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The user an administrator reset, who already holds the code that reset sent. */
public class ResetRequiredForm {

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

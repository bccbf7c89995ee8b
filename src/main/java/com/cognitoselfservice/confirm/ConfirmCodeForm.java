package com.cognitoselfservice.confirm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.cognitoselfservice.password.NewPasswordFields;

/** The code from the message and the new password, typed twice. */
public class ConfirmCodeForm extends NewPasswordFields {

    @NotBlank
    @Size(max = 2048)
    @Pattern(regexp = "[^\\s\\p{Cc}]*")
    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

}

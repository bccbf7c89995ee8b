package com.cognitoselfservice.newpassword;

import com.cognitoselfservice.password.NewPasswordFields;

/**
 * The permanent password replacing a temporary one, and which challenge the page was
 * shown for.
 */
public class NewPasswordForm extends NewPasswordFields {

    private String challenge;

    public String getChallenge() {
        return challenge;
    }

    public void setChallenge(String challenge) {
        this.challenge = challenge;
    }

}

package com.cognitoselfservice.admin;

import com.cognitoselfservice.password.NewPasswordFields;

/**
 * A helpdesk person's permanent password replacing a temporary one, and which challenge
 * the page was shown for.
 */
public class AdminNewPasswordForm extends NewPasswordFields {

    private String challenge;

    public String getChallenge() {
        return challenge;
    }

    public void setChallenge(String challenge) {
        this.challenge = challenge;
    }

}

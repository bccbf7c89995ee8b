package com.cognitoselfservice.admin;

import com.cognitoselfservice.password.NewPasswordFields;

/**
 * Setting a password: temporary (generated here, the default) or permanent (typed twice,
 * confirmed, and for a federated user confirmed once more).
 */
public class SetPasswordForm extends NewPasswordFields {

    private String username;

    private boolean permanent;

    private boolean confirmed;

    private boolean federatedConfirmed;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public boolean isPermanent() {
        return permanent;
    }

    public void setPermanent(boolean permanent) {
        this.permanent = permanent;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public boolean isFederatedConfirmed() {
        return federatedConfirmed;
    }

    public void setFederatedConfirmed(boolean federatedConfirmed) {
        this.federatedConfirmed = federatedConfirmed;
    }

}

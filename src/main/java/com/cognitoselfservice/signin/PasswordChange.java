package com.cognitoselfservice.signin;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import com.cognitoselfservice.cognito.AccessToken;
import com.cognitoselfservice.cognito.CognitoFailure;
import com.cognitoselfservice.cognito.SignInGateway;

/**
 * The end of every change-password path: ChangePassword with the access token, then, if
 * asked, GlobalSignOut. The token is used here and forgotten.
 */
@Component
public class PasswordChange {

    private static final Logger log = LoggerFactory.getLogger(PasswordChange.class);

    private final SignInGateway cognito;

    PasswordChange(SignInGateway cognito) {
        this.cognito = cognito;
    }

    public void complete(AccessToken token, @Nullable String currentPassword, String newPassword,
            boolean signOutEverywhere) {
        cognito.changePassword(token, currentPassword, newPassword);
        if (signOutEverywhere) {
            try {
                cognito.globalSignOut(token);
            }
            catch (CognitoFailure failure) {
                // The password is changed already; other devices keep their sessions
                // until they expire.
                log.warn("GlobalSignOut after a password change failed with {}", failure.errorCode());
            }
        }
    }

}

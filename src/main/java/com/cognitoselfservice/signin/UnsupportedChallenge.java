package com.cognitoselfservice.signin;

import com.cognitoselfservice.refusal.Refusal;

/** Cognito asked for a sign-in step these pages cannot answer for this purpose. */
final class UnsupportedChallenge extends Refusal {

    UnsupportedChallenge(SignInPurpose purpose) {
        super(purpose.unsupportedMessage(), null, null);
    }

}

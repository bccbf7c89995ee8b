package com.cognitoselfservice.cognito;

import java.util.Locale;

import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;

import com.cognitoselfservice.deploymentkeys.SigningKey;

/**
 * The masked destination shown for an account that does not exist or cannot receive a
 * code, so that its page is the same as for a real account (what Cognito's
 * PreventUserExistenceErrors does). The same username always gets the same destination,
 * so asking twice reveals nothing either.
 */
final class SimulatedDelivery {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    // The deployment's key: every instance shows an unknown username the same mask.
    private final SigningKey key;

    SimulatedDelivery(SigningKey key) {
        this.key = key;
    }

    CodeDelivery forUsername(String username) {
        int at = username.indexOf('@');
        int dot = username.lastIndexOf('.');
        if (at > 0 && dot > at + 1 && dot < username.length() - 1) {
            return email(username.charAt(0), username.charAt(at + 1));
        }
        byte[] hash = key.sign(username.toLowerCase(Locale.ROOT));
        return email(LETTERS.charAt(Math.floorMod(hash[0], 26)), LETTERS.charAt(Math.floorMod(hash[1], 26)));
    }

    private static CodeDelivery email(char local, char domain) {
        return CodeDelivery.of(local + "@" + domain, DeliveryMediumType.EMAIL);
    }

}

package com.cognitoselfservice.cognito;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

/**
 * A user as the helpdesk sees them: status, whether enabled, contact details and dates.
 */
public record ManagedUser(String username, UserStatusType status, boolean enabled, @Nullable String email,
        boolean emailVerified, @Nullable String phoneNumber, boolean phoneNumberVerified, @Nullable Instant created,
        @Nullable Instant modified) {

    public boolean isFederated() {
        return status == UserStatusType.EXTERNAL_PROVIDER;
    }

    public boolean hasVerifiedContact() {
        return (email != null && emailVerified) || (phoneNumber != null && phoneNumberVerified);
    }

}

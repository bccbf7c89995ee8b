package com.cognitoselfservice.cognito;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A user as the helpdesk sees them: status, whether enabled, contact details and dates.
 */
public record ManagedUser(String username, String status, boolean enabled, @Nullable String email,
        boolean emailVerified, @Nullable String phoneNumber, boolean phoneNumberVerified, @Nullable Instant created,
        @Nullable Instant modified) {

    public boolean isFederated() {
        return "EXTERNAL_PROVIDER".equals(status);
    }

    public boolean hasVerifiedContact() {
        return (email != null && emailVerified) || (phoneNumber != null && phoneNumberVerified);
    }

}

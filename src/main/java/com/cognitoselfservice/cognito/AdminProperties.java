package com.cognitoselfservice.cognito;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin console under {@code /admin} ({@code ADMIN_*}): whether it is on, which
 * Cognito group admits a person, and the app client helpdesk people sign in with (the
 * user flows' client by default).
 */
@ConfigurationProperties("admin")
public record AdminProperties(@DefaultValue("false") boolean enabled, @DefaultValue("helpdesk") String group,
        @Nullable String clientId, @Nullable String clientSecret) {

    String signInClientId(CognitoProperties cognito) {
        return hasOwnClient() ? clientId : cognito.clientId();
    }

    @Nullable String signInClientSecret(CognitoProperties cognito) {
        return hasOwnClient() ? clientSecret : cognito.clientSecret();
    }

    private boolean hasOwnClient() {
        return clientId != null && !clientId.isBlank();
    }

}

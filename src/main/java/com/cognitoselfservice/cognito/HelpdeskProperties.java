package com.cognitoselfservice.cognito;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The helpdesk console under {@code /admin}: whether it is on, which Cognito group admits
 * a person, and the pool and app client helpdesk people sign in with (the user pool and
 * client by default).
 */
@ConfigurationProperties("admin")
public record HelpdeskProperties(@DefaultValue("false") boolean enabled, @DefaultValue("helpdesk") String group,
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

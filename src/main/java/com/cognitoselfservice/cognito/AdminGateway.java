package com.cognitoselfservice.cognito;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

import org.springframework.stereotype.Component;

/**
 * The calls of the admin console, on the user pool, with IAM credentials: ListUsers,
 * AdminGetUser, AdminResetUserPassword, AdminUpdateUserAttributes (email_verified) and
 * AdminSetUserPassword. Passwords are passed through, never logged.
 */
@Component
public class AdminGateway {

    private static final int SEARCH_LIMIT = 25;

    private final AdminClient admin;

    private final CognitoProperties properties;

    AdminGateway(AdminClient admin, CognitoProperties properties) {
        this.admin = admin;
        this.properties = properties;
    }

    /** Whether IAM credentials can be found; the user-facing pages work without them. */
    public boolean hasCredentials() {
        return admin.hasCredentials();
    }

    /** Users whose username (or, with an '@', email) starts with the query. */
    public List<ManagedUser> search(String query) {
        String attribute = query.contains("@") ? "email" : "username";
        String filter = attribute + " ^= \"" + query + "\"";
        return call(() -> admin()
            .listUsers((r) -> r.userPoolId(properties.userPoolId()).filter(filter).limit(SEARCH_LIMIT))).users()
            .stream()
            .map(AdminGateway::managed)
            .toList();
    }

    public ManagedUser user(String username) {
        var user = call(() -> admin().adminGetUser((r) -> r.userPoolId(properties.userPoolId()).username(username)));
        return managed(user.username(), user.userStatus(), Boolean.TRUE.equals(user.enabled()),
                attributes(user.userAttributes()), user.userCreateDate(), user.userLastModifiedDate());
    }

    public void requirePasswordReset(String username) {
        call(() -> admin().adminResetUserPassword((r) -> r.userPoolId(properties.userPoolId()).username(username)));
    }

    public void markEmailVerified(String username) {
        call(() -> admin().adminUpdateUserAttributes((r) -> r.userPoolId(properties.userPoolId())
            .username(username)
            .userAttributes(AttributeType.builder().name("email_verified").value("true").build())));
    }

    public void setPassword(String username, String password, boolean permanent) {
        call(() -> admin().adminSetUserPassword((r) -> r.userPoolId(properties.userPoolId())
            .username(username)
            .password(password)
            .permanent(permanent)));
    }

    private CognitoIdentityProviderClient admin() {
        return admin.client();
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        }
        catch (SdkException ex) {
            throw AdminFailure.of(ex);
        }
    }

    private static ManagedUser managed(UserType user) {
        return managed(user.username(), user.userStatus(), Boolean.TRUE.equals(user.enabled()),
                attributes(user.attributes()), user.userCreateDate(), user.userLastModifiedDate());
    }

    private static ManagedUser managed(String username, UserStatusType status, boolean enabled,
            Map<String, String> attributes, @Nullable Instant created, @Nullable Instant modified) {
        return new ManagedUser(username, status, enabled, attributes.get("email"),
                "true".equals(attributes.get("email_verified")), attributes.get("phone_number"),
                "true".equals(attributes.get("phone_number_verified")), created, modified);
    }

    private static Map<String, String> attributes(List<AttributeType> attributes) {
        return attributes.stream()
            .collect(Collectors.toMap(AttributeType::name, (a) -> Optional.ofNullable(a.value()).orElse(""),
                    (a, b) -> a));
    }

}

package com.cognitoselfservice.cognito;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;

/**
 * Where a code went, masked by this app in one shape whatever Cognito sent: an email as
 * its first character, {@code ***@}, the first character of its domain and {@code ***}; a
 * phone number as {@code ***} and its last digits. A destination without such a shape is
 * not shown at all ({@code destination} is null), so that no wording of Cognito's can
 * tell one account from another.
 */
public record CodeDelivery(@Nullable String destination, DeliveryMediumType medium) implements Serializable {

    public boolean isSms() {
        return medium == DeliveryMediumType.SMS;
    }

    /**
     * Where a code for this typed username is said to have gone, from what was typed and
     * never from Cognito's destination: for an unknown account Cognito answers with a
     * simulated destination, whose letters would tell it from a real one. An email
     * address typed as the username, with a code sent by email, is shown masked; anything
     * else is not shown ({@code destination} is null), and the page names the account's
     * email address or phone number instead.
     */
    public static CodeDelivery shownFor(String typedUsername, @Nullable DeliveryMediumType medium) {
        CodeDelivery masked = of(typedUsername, medium);
        return (masked.medium() == DeliveryMediumType.EMAIL) ? masked : new CodeDelivery(null, masked.medium());
    }

    /** Masks what Cognito said; see the class comment for the shapes. */
    public static CodeDelivery of(@Nullable String destination, @Nullable DeliveryMediumType medium) {
        DeliveryMediumType kind = (medium == null) ? DeliveryMediumType.UNKNOWN_TO_SDK_VERSION : medium;
        String masked = (destination == null) ? null : switch (kind) {
            case EMAIL -> email(destination);
            case SMS -> phone(destination);
            default -> null;
        };
        return new CodeDelivery(masked, kind);
    }

    private static @Nullable String email(String destination) {
        int firstAt = destination.indexOf('@');
        int lastAt = destination.lastIndexOf('@');
        if (firstAt < 1 || lastAt >= destination.length() - 1) {
            return null;
        }
        int local = destination.codePointAt(0);
        int domain = destination.codePointAt(lastAt + 1);
        if (!Character.isLetterOrDigit(local) || !Character.isLetterOrDigit(domain)) {
            return null;
        }
        return Character.toString(local) + "***@" + Character.toString(domain) + "***";
    }

    private static @Nullable String phone(String destination) {
        String digits = destination.replaceAll("[^0-9]", "");
        if (digits.length() < 2) {
            return null;
        }
        return "***" + digits.substring(digits.length() - Math.min(4, digits.length()));
    }

}

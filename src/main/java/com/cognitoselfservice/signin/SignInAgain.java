package com.cognitoselfservice.signin;

/**
 * A held challenge can no longer be answered: the person signs in again, with their
 * username kept, and the sign-in page says why.
 */
final class SignInAgain extends RuntimeException {

    /** Why, as the sign-in page's query parameter names it. */
    enum Why {

        /** The challenge's time ran out. */
        EXPIRED("expired"),
        /** There is no challenge, or a newer one replaced it. */
        RESTART("restart");

        private final String parameter;

        Why(String parameter) {
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }

    }

    private final SignInPurpose purpose;

    private final Why why;

    private final String username;

    SignInAgain(SignInPurpose purpose, Why why, String username) {
        super(why.parameter(), null, false, false);
        this.purpose = purpose;
        this.why = why;
        this.username = username;
    }

    SignInPurpose purpose() {
        return purpose;
    }

    Why why() {
        return why;
    }

    String username() {
        return username;
    }

}

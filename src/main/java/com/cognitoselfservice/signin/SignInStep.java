package com.cognitoselfservice.signin;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.cognitoselfservice.cognito.AccessToken;

/**
 * Where a sign-in stands: signed in (an access token for this request, the person's
 * Cognito groups and the verified email the ID token names), or on its way to the page
 * that carries it on.
 */
public final class SignInStep {

    private final @Nullable AccessToken token;

    private final List<String> groups;

    private final @Nullable String verifiedEmail;

    private final @Nullable String next;

    private SignInStep(@Nullable AccessToken token, List<String> groups, @Nullable String verifiedEmail,
            @Nullable String next) {
        this.token = token;
        this.groups = groups;
        this.verifiedEmail = verifiedEmail;
        this.next = next;
    }

    static SignInStep signedIn(AccessToken token, List<String> groups, @Nullable String verifiedEmail) {
        return new SignInStep(token, groups, verifiedEmail, null);
    }

    static SignInStep continueAt(String link) {
        return new SignInStep(null, List.of(), null, link);
    }

    /** A permanent password was set, but Cognito asks for more before signing in. */
    static SignInStep passwordSetOnly() {
        return new SignInStep(null, List.of(), null, null);
    }

    public boolean isSignedIn() {
        return token != null;
    }

    public AccessToken token() {
        if (token == null) {
            throw new IllegalStateException("Not signed in");
        }
        return token;
    }

    public List<String> groups() {
        return groups;
    }

    /** Where a "your password was changed" email may go; none when not signed in. */
    public @Nullable String verifiedEmail() {
        return verifiedEmail;
    }

    /** Whether a page carries the sign-in on (a further challenge). */
    public boolean continues() {
        return next != null;
    }

    /** The redirect to the page that carries the sign-in on. */
    public String redirect() {
        if (next == null) {
            throw new IllegalStateException("No page carries this sign-in on");
        }
        return "redirect:" + next;
    }

}

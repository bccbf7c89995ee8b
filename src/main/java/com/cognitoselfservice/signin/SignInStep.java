package com.cognitoselfservice.signin;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.cognitoselfservice.cognito.AccessToken;

/**
 * Where a sign-in stands: signed in (an access token for this request, and the person's
 * Cognito groups), or on its way to the page that carries it on.
 */
public final class SignInStep {

    private final @Nullable AccessToken token;

    private final List<String> groups;

    private final @Nullable String next;

    private SignInStep(@Nullable AccessToken token, List<String> groups, @Nullable String next) {
        this.token = token;
        this.groups = groups;
        this.next = next;
    }

    static SignInStep signedIn(AccessToken token, List<String> groups) {
        return new SignInStep(token, groups, null);
    }

    static SignInStep continueAt(String link) {
        return new SignInStep(null, List.of(), link);
    }

    /** A permanent password was set, but Cognito asks for more before signing in. */
    static SignInStep passwordSetOnly() {
        return new SignInStep(null, List.of(), null);
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

    /** The redirect to the page that carries the sign-in on. */
    public String redirect() {
        if (next == null) {
            throw new IllegalStateException("No page carries this sign-in on");
        }
        return "redirect:" + next;
    }

}

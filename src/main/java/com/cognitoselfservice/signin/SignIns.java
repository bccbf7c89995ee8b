package com.cognitoselfservice.signin;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.core.instrument.Metrics;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import com.cognitoselfservice.abuse.AbuseLimits;
import com.cognitoselfservice.abuse.ClientAddress;
import com.cognitoselfservice.cognito.AccessToken;
import com.cognitoselfservice.cognito.CognitoFailure;
import com.cognitoselfservice.cognito.SignInChallenge;
import com.cognitoselfservice.cognito.SignInGateway;
import com.cognitoselfservice.cognito.SignInResult;
import com.cognitoselfservice.proofofwork.ProofOfWork;
import com.cognitoselfservice.proofofwork.Purpose;
import com.cognitoselfservice.visit.Visits;

/**
 * Signs people in and carries a sign-in through Cognito's challenges: the password first
 * (within the abuse limits), then, with the challenge held in a new session, a permanent
 * password or a sign-in code, each only while Cognito's validity lasts.
 */
@Component
public class SignIns {

    private final SignInGateway users;

    private final ObjectProvider<SignInGateway> admins;

    private final AbuseLimits limits;

    private final HeldChallenges challenges;

    private final Visits visits;

    private final ProofOfWork proofOfWork;

    private final Clock clock;

    SignIns(SignInGateway users, @Qualifier("adminSignInGateway") ObjectProvider<SignInGateway> admins,
            AbuseLimits limits, HeldChallenges challenges, Visits visits, ProofOfWork proofOfWork, Clock clock) {
        this.clock = clock;
        this.users = users;
        this.admins = admins;
        this.limits = limits;
        this.challenges = challenges;
        this.visits = visits;
        this.proofOfWork = proofOfWork;
    }

    /**
     * Signs in with a password. A challenge is held in a new session, replacing an
     * earlier one in the same browser, and the step says where it is answered.
     */
    public SignInStep start(SignInPurpose purpose, HttpServletRequest request, String username, String password) {
        proofOfWork.check((purpose == SignInPurpose.ADMIN_CONSOLE) ? Purpose.CONSOLE_SIGN_IN : Purpose.SIGN_IN,
                request);
        AbuseLimits.Scope scope = (purpose == SignInPurpose.ADMIN_CONSOLE) ? AbuseLimits.Scope.CONSOLE
                : AbuseLimits.Scope.USER;
        String address = ClientAddress.of(request);
        limits.checkSignIn(scope, address, username);
        Metrics.counter("reset.flows.started", "flow", purpose.flowName()).increment();
        SignInResult result;
        try {
            result = gateway(purpose).signIn(username, password);
        }
        catch (CognitoFailure failure) {
            if (failure.reason() == CognitoFailure.Reason.INCORRECT_SIGN_IN
                    || failure.reason() == CognitoFailure.Reason.FEDERATED_USER) {
                limits.signInFailed(scope, address, username);
            }
            String resetRequired = purpose.resetRequiredPage();
            if (failure.kind() != CognitoFailure.Kind.RESET_REQUIRED || resetRequired == null) {
                throw failure;
            }
            return SignInStep.continueAt(link(request, resetRequired, username));
        }
        if (result.isSignedIn()) {
            return signedIn(result);
        }
        SignInChallenge challenge = result.challenge();
        String page = purpose.pageFor(challenge);
        if (page == null) {
            throw new UnsupportedChallenge(purpose);
        }
        challenges.hold(request, challenge, username, purpose);
        return SignInStep.continueAt(page);
    }

    /**
     * Answers NEW_PASSWORD_REQUIRED. The password is set whatever follows (a further
     * challenge only concerns signing in), so the held challenge ends here.
     */
    public SignInStep answerNewPassword(HttpServletRequest request, Challenge challenge, String newPassword,
            RequiredAttributes attributes) {
        PendingSignIn pending = challenge.pending();
        SignInResult result = answer(request, pending, () -> gateway(pending.purpose())
            .respondToNewPassword(pending.challenge(), newPassword, attributes.values()));
        if (result.isSignedIn()) {
            return signedIn(result);
        }
        return holdNext(request, pending, result, SignInChallenge::isMfaSetup, true).map(SignInStep::continueAt)
            .orElseGet(SignInStep::passwordSetOnly);
    }

    /**
     * Answers SELECT_MFA_TYPE with the factor the person chose among those Cognito
     * offered; the code challenge that follows is held next.
     */
    public SignInStep answerMfaChoice(HttpServletRequest request, Challenge challenge, String method) {
        PendingSignIn pending = challenge.pending();
        if (!pending.challenge().choices().contains(method)) {
            throw new UnsupportedChallenge(pending.purpose());
        }
        SignInResult result = answer(request, pending,
                () -> gateway(pending.purpose()).respondToMfaChoice(pending.challenge(), method));
        return holdNext(request, pending, result, SignInChallenge::isCodeChallenge, pending.passwordSet())
            .map(SignInStep::continueAt)
            .orElseThrow(() -> new UnsupportedChallenge(pending.purpose()));
    }

    // The challenge Cognito answered with, held in place of the one answered when it is
    // of the kind expected and has a page: the page's path, else empty.
    private Optional<String> holdNext(HttpServletRequest request, PendingSignIn pending, SignInResult result,
            Predicate<SignInChallenge> expected, boolean passwordSetByNow) {
        SignInChallenge following = result.challenge();
        String page = (following != null && expected.test(following)) ? pending.purpose().pageFor(following) : null;
        if (page == null) {
            return Optional.empty();
        }
        challenges.update(request, pending.next(following, clock.instant(), passwordSetByNow));
        return Optional.of(page);
    }

    /**
     * The key of the authenticator app MFA_SETUP sets up: asked of Cognito once per
     * challenge, then kept with it, so that showing the page again shows the same key.
     */
    public String authenticatorKey(HttpServletRequest request, Challenge challenge) {
        PendingSignIn pending = challenge.pending();
        if (pending.authenticatorKey() != null) {
            return pending.authenticatorKey();
        }
        SignInGateway.AuthenticatorSetup setup = gateway(pending.purpose()).associateSoftwareToken(pending.challenge());
        challenges.update(request, pending.withAuthenticator(setup.key(), setup.challenge()));
        return setup.key();
    }

    /**
     * Answers MFA_SETUP with the authenticator's first code; a wrong one may be tried
     * again while the challenge lasts. The abuse limits on codes apply.
     */
    public SignInStep answerMfaSetup(HttpServletRequest request, Challenge challenge, String code,
            @Nullable String deviceName) {
        PendingSignIn pending = challenge.pending();
        limits.checkConfirm(ClientAddress.of(request), pending.typedUsername());
        SignInResult result = answer(request, pending,
                () -> gateway(pending.purpose()).respondToMfaSetup(pending.challenge(), code, deviceName));
        if (!result.isSignedIn()) {
            throw new UnsupportedChallenge(pending.purpose());
        }
        return signedIn(result);
    }

    /** Answers a sign-in code challenge; the abuse limits on codes apply. */
    public SignInStep answerCode(HttpServletRequest request, Challenge challenge, String code) {
        PendingSignIn pending = challenge.pending();
        limits.checkConfirm(ClientAddress.of(request), pending.typedUsername());
        SignInResult result = answer(request, pending,
                () -> gateway(pending.purpose()).respondToCode(pending.challenge(), code));
        if (!result.isSignedIn()) {
            throw new UnsupportedChallenge(pending.purpose());
        }
        return signedIn(result);
    }

    /** How long a challenge is honoured, for the pages that say so. */
    public long validityMinutes() {
        return challenges.validityMinutes();
    }

    /** Drops the challenge this session holds, unanswered. */
    public void cancel(HttpServletRequest request) {
        challenges.finish(request);
    }

    /** The username of the sign-in waiting in this session, if one is. */
    public Optional<String> pendingUsername(HttpServletRequest request) {
        return challenges.username(request);
    }

    private static SignInStep signedIn(SignInResult result) {
        return SignInStep.signedIn(result.accessToken(), result.groups(), result.verifiedEmail());
    }

    private SignInResult answer(HttpServletRequest request, PendingSignIn pending, Answer answer) {
        try {
            SignInResult result = answer.send();
            challenges.finish(request);
            return result;
        }
        catch (CognitoFailure failure) {
            if (failure.kind() == CognitoFailure.Kind.SESSION_EXPIRED) {
                // Cognito itself said the session is over: the same as running out of
                // time here.
                throw challenges.expired(request, pending);
            }
            throw failure;
        }
    }

    private String link(HttpServletRequest request, String path, String username) {
        return visits.current(request).linkTo(path).queryParam("username", username).encode().build().toUriString();
    }

    private SignInGateway gateway(SignInPurpose purpose) {
        return (purpose == SignInPurpose.ADMIN_CONSOLE) ? admins.getObject() : users;
    }

    private interface Answer {

        SignInResult send();

    }

}

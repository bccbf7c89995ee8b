package com.cognitoselfservice.cognito;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

/**
 * The sign-in based calls: InitiateAuth (USER_SRP_AUTH or USER_PASSWORD_AUTH),
 * RespondToAuthChallenge, ChangePassword and GlobalSignOut. Tokens come back to the
 * caller for one request; nothing here keeps them.
 */
public class SignInGateway {

    private static final Pattern JSON_STRING = Pattern.compile("\"([^\"]+)\"");

    private static final String ATTRIBUTE_PREFIX = "userAttributes.";

    private static final Map<ChallengeNameType, String> CODE_RESPONSE = Map.of(ChallengeNameType.SMS_MFA,
            "SMS_MFA_CODE", ChallengeNameType.EMAIL_OTP, "EMAIL_OTP_CODE", ChallengeNameType.SMS_OTP, "SMS_OTP_CODE",
            ChallengeNameType.SOFTWARE_TOKEN_MFA, "SOFTWARE_TOKEN_MFA_CODE");

    // What a person without a password signs in with, to choose a first one: email first.
    private static final List<ChallengeNameType> ONE_TIME_CODES = List.of(ChallengeNameType.EMAIL_OTP,
            ChallengeNameType.SMS_OTP);

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{1,2048}");

    private final CognitoCalls cognito;

    private final FederatedUsers federated;

    private final SignInFlows flows;

    private final Clock clock;

    private final SecureRandom random = new SecureRandom();

    SignInGateway(CognitoCalls cognito, FederatedUsers federated, SignInFlows flows, Clock clock) {
        this.cognito = cognito;
        this.federated = federated;
        this.flows = flows;
        this.clock = clock;
    }

    /**
     * Signs in with SRP or with the password, as the app client allows
     * ({@link SignInFlows}). A wrong password, an unknown user and a disabled user fail
     * alike; a federated user is told to use their provider when the app can see that it
     * is one.
     */
    public SignInResult signIn(String username, String password) {
        try {
            SignInFlows.Flow flow = flows.flowFor(cognito.clientId());
            if (flow == SignInFlows.Flow.SRP) {
                try {
                    return signInWithSrp(username, password);
                }
                catch (CognitoFailure failure) {
                    refusedFlow(failure, SignInFlows.Flow.USER_AUTH, "Cognito refused USER_SRP_AUTH");
                    flow = SignInFlows.Flow.USER_AUTH;
                }
            }
            if (flow == SignInFlows.Flow.USER_AUTH) {
                try {
                    return signInWithChoice(username, password);
                }
                catch (CognitoFailure failure) {
                    refusedFlow(failure, SignInFlows.Flow.PASSWORD, "Cognito refused USER_AUTH");
                }
            }
            return signInWithPassword(username, password);
        }
        catch (CognitoFailure failure) {
            boolean refused = failure.kind() == CognitoFailure.Kind.UNKNOWN_USER
                    || failure.reason() == CognitoFailure.Reason.NOT_AUTHORIZED;
            if (!refused) {
                throw failure;
            }
            // Wrong password, unknown user and disabled user all read the same, as
            // Cognito's own page does.
            throw failure.as(federated.isFederated(username) ? CognitoFailure.Reason.FEDERATED_USER
                    : CognitoFailure.Reason.INCORRECT_SIGN_IN);
        }
    }

    // A flow the client does not allow: the next one is tried where the choice is ours.
    private void refusedFlow(CognitoFailure failure, SignInFlows.Flow next, String how) {
        if (failure.reason() != CognitoFailure.Reason.AUTH_FLOW_NOT_ENABLED || !flows.mayFallBack()) {
            throw failure;
        }
        flows.learn(cognito.clientId(), next, how);
    }

    // USER_AUTH, with SRP as the preferred challenge, or chosen when Cognito asks which:
    // the password still never reaches Cognito.
    private SignInResult signInWithChoice(String username, String password) {
        Srp srp = Srp.start(random);
        var started = initiate(AuthFlowType.USER_AUTH, signedFor(username,
                Map.of("PREFERRED_CHALLENGE", ChallengeNameType.PASSWORD_SRP.toString(), "SRP_A", srp.largeA())));
        if (started.challengeName() == ChallengeNameType.SELECT_CHALLENGE) {
            if (!started.availableChallenges().contains(ChallengeNameType.PASSWORD_SRP)) {
                return oneTimeCode(username, started.session(), started.availableChallenges());
            }
            var chosen = answer(ChallengeNameType.SELECT_CHALLENGE, started.session(), signedFor(username,
                    Map.of("ANSWER", ChallengeNameType.PASSWORD_SRP.toString(), "SRP_A", srp.largeA())));
            return verifyPassword(srp, username, password, chosen.authenticationResult(), chosen.challengeName(),
                    chosen.session(), chosen.challengeParameters());
        }
        return verifyPassword(srp, username, password, started.authenticationResult(), started.challengeName(),
                started.session(), started.challengeParameters());
    }

    // A person without a password: a one-time code, after which they choose a first
    // password; none when Cognito offers no code either (a passkey only).
    private SignInResult oneTimeCode(String username, String session, List<ChallengeNameType> available) {
        ChallengeNameType code = ONE_TIME_CODES.stream()
            .filter(available::contains)
            .findFirst()
            .orElseThrow(
                    () -> new CognitoFailure(CognitoFailure.Reason.NO_PASSWORD, "NoPasswordChallenge", null, null));
        var chosen = answer(ChallengeNameType.SELECT_CHALLENGE, session,
                signedFor(username, Map.of("ANSWER", code.toString())));
        SignInResult result = result(chosen.authenticationResult(), chosen.challengeName(), chosen.session(),
                chosen.challengeParameters(), username);
        SignInChallenge challenge = result.challenge();
        return (challenge != null) ? SignInResult.challenged(challenge.forAPersonWithoutPassword()) : result;
    }

    private SignInResult signInWithPassword(String username, String password) {
        var response = initiate(AuthFlowType.USER_PASSWORD_AUTH, signedFor(username, Map.of("PASSWORD", password)));
        return result(response.authenticationResult(), response.challengeName(), response.session(),
                response.challengeParameters(), username);
    }

    // USER_SRP_AUTH, then the PASSWORD_VERIFIER challenge answered with a claim the
    // password signs: Cognito never sees the password.
    private SignInResult signInWithSrp(String username, String password) {
        Srp srp = Srp.start(random);
        var started = initiate(AuthFlowType.USER_SRP_AUTH, signedFor(username, Map.of("SRP_A", srp.largeA())));
        return verifyPassword(srp, username, password, started.authenticationResult(), started.challengeName(),
                started.session(), started.challengeParameters());
    }

    // The PASSWORD_VERIFIER challenge answered with a claim the password signs, when
    // Cognito asked for it.
    private SignInResult verifyPassword(Srp srp, String username, String password,
            @Nullable AuthenticationResultType tokens, @Nullable ChallengeNameType challengeName,
            @Nullable String session, Map<String, String> challenge) {
        if (challengeName != ChallengeNameType.PASSWORD_VERIFIER) {
            return result(tokens, challengeName, session, challenge, username);
        }
        if (!wellFormed(challenge)) {
            // Not what Cognito sends (an emulator's SRP, say): no claim can be made from
            // it.
            throw new CognitoUnavailable(CognitoFailure.Reason.UNAVAILABLE, "MalformedPasswordVerifier", null);
        }
        String userId = challenge.getOrDefault("USER_ID_FOR_SRP", username);
        String poolName = cognito.userPoolId().substring(cognito.userPoolId().indexOf('_') + 1);
        String timestamp = Srp.timestamp(clock.instant());
        byte[] key = srp.passwordKey(poolName, userId, password, challenge.get("SRP_B"), challenge.get("SALT"));
        var answered = answer(ChallengeNameType.PASSWORD_VERIFIER, session,
                signedFor(userId,
                        Map.of("PASSWORD_CLAIM_SECRET_BLOCK", challenge.get("SECRET_BLOCK"), "PASSWORD_CLAIM_SIGNATURE",
                                Srp.claim(key, poolName, userId, challenge.get("SECRET_BLOCK"), timestamp), "TIMESTAMP",
                                timestamp)));
        return result(answered.authenticationResult(), answered.challengeName(), answered.session(),
                answered.challengeParameters(), userId);
    }

    private static boolean wellFormed(Map<String, String> challenge) {
        String b = challenge.get("SRP_B");
        String salt = challenge.get("SALT");
        String block = challenge.get("SECRET_BLOCK");
        if (b == null || !HEX.matcher(b).matches() || salt == null || !HEX.matcher(salt).matches() || block == null) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(block).length > 0;
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
    }

    public SignInResult respondToNewPassword(SignInChallenge challenge, String newPassword,
            Map<String, String> attributes) {
        Map<String, String> responses = new HashMap<>();
        responses.put("NEW_PASSWORD", newPassword);
        attributes.forEach((name, value) -> responses.put(ATTRIBUTE_PREFIX + name, value));
        return respond(challenge, responses);
    }

    public SignInResult respondToCode(SignInChallenge challenge, String code) {
        return respond(challenge, Map.of(CODE_RESPONSE.get(challenge.name()), code));
    }

    /**
     * Starts setting up an authenticator app for MFA_SETUP: the key the app is given (to
     * be shown to the person, never logged), and the challenge under Cognito's next
     * session.
     */
    public AuthenticatorSetup associateSoftwareToken(SignInChallenge challenge) {
        if (!challenge.allowsAuthenticatorSetup()) {
            // Only a text message or email code may be set up, which needs what the
            // person cannot give here (a verified phone number or address on the
            // account).
            throw new CognitoFailure(CognitoFailure.Reason.MFA_SETUP_UNSUPPORTED, "OnlySmsOrEmailSetup", null, null);
        }
        var associated = cognito.call(CognitoOperation.ASSOCIATE_SOFTWARE_TOKEN, (timeouts) -> cognito.client()
            .associateSoftwareToken((request) -> request.overrideConfiguration(timeouts).session(challenge.session())));
        return new AuthenticatorSetup(associated.secretCode(),
                challenge.withSession(Objects.requireNonNullElse(associated.session(), challenge.session())));
    }

    /**
     * Finishes MFA_SETUP with the first code of the authenticator app: verified, then the
     * challenge answered under the session the verification gave.
     */
    public SignInResult respondToMfaSetup(SignInChallenge challenge, String code, @Nullable String deviceName) {
        var verified = cognito.call(CognitoOperation.VERIFY_SOFTWARE_TOKEN,
                (timeouts) -> cognito.client()
                    .verifySoftwareToken((request) -> request.overrideConfiguration(timeouts)
                        .session(challenge.session())
                        .userCode(code)
                        .friendlyDeviceName(deviceName)));
        if (verified.status() != VerifySoftwareTokenResponseType.SUCCESS) {
            throw new CognitoFailure(CognitoFailure.Reason.CODE_MISMATCH, "VerifySoftwareToken:" + verified.status(),
                    null, null);
        }
        return respond(challenge.withSession(Objects.requireNonNullElse(verified.session(), challenge.session())),
                Map.of());
    }

    /** An authenticator's key, and the challenge it is being set up for. */
    public record AuthenticatorSetup(String key, SignInChallenge challenge) {

        @Override
        public String toString() {
            return "AuthenticatorSetup[key hidden]";
        }

    }

    /**
     * Changes the password; without the previous one for a person who had none (the API
     * allows that only for them).
     */
    public void changePassword(AccessToken token, @Nullable String previousPassword, String proposedPassword) {
        cognito.call(CognitoOperation.CHANGE_PASSWORD,
                (timeouts) -> cognito.client()
                    .changePassword((request) -> request.overrideConfiguration(timeouts)
                        .accessToken(token.value())
                        .previousPassword(previousPassword)
                        .proposedPassword(proposedPassword)));
    }

    /**
     * Signs the user out everywhere: every refresh token Cognito issued them stops
     * working.
     */
    public void globalSignOut(AccessToken token) {
        cognito.call(CognitoOperation.GLOBAL_SIGN_OUT, (timeouts) -> cognito.client()
            .globalSignOut((request) -> request.overrideConfiguration(timeouts).accessToken(token.value())));
    }

    private SignInResult respond(SignInChallenge challenge, Map<String, String> answers) {
        var response = answer(challenge.name(), challenge.session(), signedFor(challenge.username(), answers));
        return result(response.authenticationResult(), response.challengeName(), response.session(),
                response.challengeParameters(), challenge.username());
    }

    private InitiateAuthResponse initiate(AuthFlowType flow, Map<String, String> parameters) {
        return cognito.call(CognitoOperation.INITIATE_AUTH,
                (timeouts) -> cognito.client()
                    .initiateAuth((request) -> request.overrideConfiguration(timeouts)
                        .userContextData(cognito.userContext())
                        .clientId(cognito.clientId())
                        .authFlow(flow)
                        .authParameters(parameters)
                        .clientMetadata(cognito.clientMetadata())));
    }

    private RespondToAuthChallengeResponse answer(ChallengeNameType challenge, String session,
            Map<String, String> responses) {
        return cognito.call(CognitoOperation.RESPOND_TO_AUTH_CHALLENGE,
                (timeouts) -> cognito.client()
                    .respondToAuthChallenge((request) -> request.overrideConfiguration(timeouts)
                        .userContextData(cognito.userContext())
                        .clientId(cognito.clientId())
                        .challengeName(challenge)
                        .session(session)
                        .challengeResponses(responses)
                        .clientMetadata(cognito.clientMetadata())));
    }

    private static SignInResult result(@Nullable AuthenticationResultType tokens,
            @Nullable ChallengeNameType challengeName, @Nullable String session, Map<String, String> parameters,
            String username) {
        if (tokens != null && tokens.accessToken() != null) {
            return SignInResult.signedIn(new AccessToken(tokens.accessToken()), IdTokenClaims.groups(tokens.idToken()),
                    IdTokenClaims.verifiedEmail(tokens.idToken()));
        }
        String challengeUser = parameters.getOrDefault("USER_ID_FOR_SRP",
                parameters.getOrDefault("USERNAME", username));
        return SignInResult.challenged(new SignInChallenge(
                (challengeName != null) ? challengeName : ChallengeNameType.UNKNOWN_TO_SDK_VERSION,
                String.valueOf(session), challengeUser, requiredAttributes(parameters.get("requiredAttributes")),
                jsonStrings(parameters.getOrDefault("MFAS_CAN_CHOOSE", parameters.get("MFAS_CAN_SETUP")))));
    }

    // Cognito sends them as a JSON array string:
    // ["userAttributes.given_name","userAttributes.family_name"]
    static List<String> requiredAttributes(@Nullable String json) {
        List<String> names = new ArrayList<>();
        for (String name : jsonStrings(json)) {
            names.add(name.startsWith(ATTRIBUTE_PREFIX) ? name.substring(ATTRIBUTE_PREFIX.length()) : name);
        }
        return names;
    }

    // The strings of a JSON array Cognito sends as one string, e.g.
    // ["SMS_MFA","SOFTWARE_TOKEN_MFA"].
    static List<String> jsonStrings(@Nullable String json) {
        List<String> strings = new ArrayList<>();
        if (json != null) {
            Matcher matcher = JSON_STRING.matcher(json);
            while (matcher.find()) {
                strings.add(matcher.group(1));
            }
        }
        return strings;
    }

    /** Answers SELECT_MFA_TYPE with the factor the person chose. */
    public SignInResult respondToMfaChoice(SignInChallenge challenge, String method) {
        return respond(challenge, Map.of("ANSWER", method));
    }

    // What every sign-in request and answer carries: the username and, for a client with
    // a secret, its SECRET_HASH.
    private Map<String, String> signedFor(String username, Map<String, String> values) {
        Map<String, String> signed = new HashMap<>(values);
        signed.put("USERNAME", username);
        String hash = cognito.secretHash(username);
        if (hash != null) {
            signed.put("SECRET_HASH", hash);
        }
        return signed;
    }

}

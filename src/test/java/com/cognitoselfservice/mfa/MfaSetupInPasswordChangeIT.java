package com.cognitoselfservice.mfa;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.cognitoselfservice.support.AwsStub;
import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Totp;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A confirmed person without a second factor, on a pool that started requiring one:
 * Cognito answers the password with MFA_SETUP, and the password can only be changed once
 * an authenticator app is set up. moto never asks for MFA_SETUP after a password sign-in,
 * so the stub answers the sign-in, the setup and the challenge as the API reference
 * documents them, with tokens the emulator really issued; ChangePassword is the
 * emulator's.
 */
@EmulatorTest
class MfaSetupInPasswordChangeIT {

    static final String NEW_PASSWORD = "N3w-pass-word!";

    static final String KEY = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    final TestPool pool;

    final Visitor visitor;

    final AwsStub stub = AwsStub.shared();

    MfaSetupInPasswordChangeIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void theAuthenticatorIsSetUpThenThePasswordIsChanged() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("mia"));
        String tokens = tokensOf(user);
        stub.answerBody("InitiateAuth", user, "{\"ChallengeName\":\"MFA_SETUP\",\"Session\":\"setup-" + user
                + "\",\"ChallengeParameters\":{\"MFAS_CAN_SETUP\":\"[\\\"SOFTWARE_TOKEN_MFA\\\"]\"}}");
        stub.answerBody("AssociateSoftwareToken", "setup-" + user,
                "{\"SecretCode\":\"" + KEY + "\",\"Session\":\"associated-" + user + "\"}");
        stub.answerBody("VerifySoftwareToken", "associated-" + user,
                "{\"Status\":\"SUCCESS\",\"Session\":\"verified-" + user + "\"}");
        stub.answerChallenge(user, "MFA_SETUP", tokens);
        visitor.get("/change-password");

        Page sent = visitor.post("/change-password", Map.of("username", user, "currentPassword",
                TestPool.DEFAULT_PASSWORD, "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));
        assertThat(sent.location()).as(sent.text()).isEqualTo("/mfa-setup");
        Page setup = visitor.follow(sent);
        assertThat(setup.text()).contains("Set up your authenticator app")
            .contains("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP")
            .contains("enter your current password and the new one again");
        String code = Totp.codeNow(KEY);

        Page done = visitor.follow(visitor.post("/mfa-setup",
                Map.of("challenge", setup.hiddenValue("challenge"), "code", code, "deviceName", "Work phone",
                        "currentPassword", TestPool.DEFAULT_PASSWORD, "password", NEW_PASSWORD, "confirmPassword",
                        NEW_PASSWORD)));

        assertThat(done.text()).contains("Your password has been changed");
        assertThat(stub.requestBodies("VerifySoftwareToken", "associated-" + user).get(0))
            .contains("\"UserCode\":\"" + code + "\"")
            .contains("\"FriendlyDeviceName\":\"Work phone\"");
        assertThat(stub.requestBodies("RespondToAuthChallenge", user).get(0))
            .contains("\"Session\":\"verified-" + user);
        assertThat(pool.signsIn(user, NEW_PASSWORD)).isTrue();
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isFalse();
        assertThat(setup.body()).doesNotContain("setup-" + user).doesNotContain("associated-" + user);
    }

    @Test
    void whereOnlyATextMessageCodeMayBeSetUpThePageSaysWhatTheHelpdeskCanDo() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("sms"));
        stub.answerBody("InitiateAuth", user, "{\"ChallengeName\":\"MFA_SETUP\",\"Session\":\"sms-setup-" + user
                + "\",\"ChallengeParameters\":{\"MFAS_CAN_SETUP\":\"[\\\"SMS_MFA\\\"]\"}}");
        visitor.get("/change-password");

        Page setup = visitor.follow(visitor.post("/change-password", Map.of("username", user, "currentPassword",
                TestPool.DEFAULT_PASSWORD, "password", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD)));

        assertThat(setup.text()).contains("Your account needs a code by text message or email to sign in")
            .contains("the helpdesk can add a verified phone number or email address");
        assertThat(setup.body()).doesNotContain("<form method=\"post\" action=\"/mfa-setup\"");
        assertThat(stub.calls("AssociateSoftwareToken", "sms-setup-" + user)).isZero();
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
    }

    // What a finished sign-in answers, with tokens the emulator issued for this person.
    private String tokensOf(String user) {
        var result = CognitoEmulator.shared()
            .admin()
            .initiateAuth((request) -> request.clientId(pool.clientId())
                .authFlow(software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", user, "PASSWORD", TestPool.DEFAULT_PASSWORD)))
            .authenticationResult();
        return "{\"AuthenticationResult\":{\"AccessToken\":\"" + result.accessToken() + "\",\"IdToken\":\""
                + result.idToken() + "\",\"RefreshToken\":\"" + result.refreshToken()
                + "\",\"ExpiresIn\":3600,\"TokenType\":\"Bearer\"},\"ChallengeParameters\":{}}";
    }

}

package com.cognitoselfservice.mfa;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;

import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Totp;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pool that requires an authenticator app: a person with a temporary password chooses a
 * permanent one and is then taken to set up the app (MFA_SETUP), which they do with the
 * key or the QR code and a first code, as an authenticator app computes it. The emulator
 * checks the codes because it runs with MOTO_COGNITO_IDP_USER_POOL_ENABLE_TOTP=true, and
 * gives every account one fixed key (moto, not Cognito).
 */
@EmulatorTest(properties = "reset.support-contact=the helpdesk of a pool that requires an authenticator")
class MfaSetupIT {

    static final String TEMPORARY = "Temp-pass-1!";

    static final String PERMANENT = "Perm-pass-word-2!";

    final TestPool pool;

    final Visitor visitor;

    MfaSetupIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @BeforeEach
    void poolRequiresAnAuthenticator() {
        pool.requireAuthenticatorApp();
    }

    @Test
    void afterAFirstPasswordTheAuthenticatorIsSetUpAndTheNextSignInAsksForItsCode() throws Exception {
        String user = pool.createTemporaryUser(CognitoEmulator.shared().uniqueUsername("tim"), TEMPORARY);
        Page setup = visitor.follow(setPermanentPassword(user));

        assertThat(setup.text()).contains("Set up your authenticator app")
            .contains("Your new password is set. One more step")
            .contains("Signed in as " + user);
        String key = keyOn(setup);
        assertThat(setup.text()).contains(String.join(" ", key.split("(?<=\\G.{4})")));
        assertThat(decodedQr(setup)).startsWith("otpauth://totp/").contains(":" + user + "?secret=" + key + "&issuer=");
        assertThat(setup.body()).doesNotContain("name=\"currentPassword\"");

        Page wrong = visitor.post("/mfa-setup", Map.of("challenge", setup.hiddenValue("challenge"), "code", "000000"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.textOf("code-error")).startsWith("This code is not right");
        assertThat(keyOn(wrong)).isEqualTo(key);

        Page done = visitor.follow(visitor.post("/mfa-setup", Map.of("challenge", wrong.hiddenValue("challenge"),
                "code", Totp.codeNow(key), "deviceName", "Work phone")));

        assertThat(done.text()).contains("Your password has been changed");
        var next = CognitoEmulator.shared()
            .admin()
            .initiateAuth((request) -> request.clientId(pool.clientId())
                .authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", user, "PASSWORD", PERMANENT)));
        assertThat(next.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
    }

    private Page setPermanentPassword(String user) {
        visitor.get("/change-password");
        Page sent = visitor.post("/change-password", Map.of("username", user, "currentPassword", TEMPORARY, "password",
                PERMANENT, "confirmPassword", PERMANENT));
        assertThat(sent.location()).as(sent.text()).isEqualTo("/new-password");
        Page newPassword = visitor.follow(sent);
        Page set = visitor.post("/new-password", Map.of("challenge", newPassword.hiddenValue("challenge"), "password",
                PERMANENT, "confirmPassword", PERMANENT));
        assertThat(set.location()).as(set.text()).isEqualTo("/mfa-setup");
        return set;
    }

    private static String keyOn(Page page) {
        Matcher key = Pattern.compile("id=\"authenticator-key-plain\"[^>]*>([^<]+)<").matcher(page.body());
        assertThat(key.find()).as("the key on the page").isTrue();
        return key.group(1);
    }

    // The QR code as a camera would see it: the page's SVG path drawn, then read by
    // ZXing.
    private static String decodedQr(Page page) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"").matcher(page.body());
        Matcher path = Pattern.compile("<path fill=\"#000\" d=\"([^\"]+)\"").matcher(page.body());
        assertThat(box.find() && path.find()).as("a QR code drawn on the page").isTrue();
        int scale = 4;
        int size = Integer.parseInt(box.group(1));
        int side = size * scale;
        int[] pixels = new int[side * side];
        Arrays.fill(pixels, 0xffffff);
        Matcher module = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(path.group(1));
        while (module.find()) {
            int mx = Integer.parseInt(module.group(1));
            int my = Integer.parseInt(module.group(2));
            for (int dx = 0; dx < scale; dx++) {
                for (int dy = 0; dy < scale; dy++) {
                    pixels[(my * scale + dy) * side + mx * scale + dx] = 0;
                }
            }
        }
        return new QRCodeReader()
            .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels))))
            .getText();
    }

}

package com.cognitoselfservice.language;

import java.net.http.HttpRequest;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.TestPool;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language is {@code lang}, else the product's default, else the browser's; it holds
 * for the whole flow, the switch changes it, and Cognito's errors and the policy speak it
 * too.
 */
@EmulatorTest(properties = { "reset.products[0].client=shop", "reset.products[0].name=Shop",
        "reset.products[0].language=de" })
class LanguagesIT {

    final TestPool pool;

    final Visitor visitor;

    LanguagesIT(TestPool pool, Visitor visitor) {
        this.pool = pool;
        this.visitor = visitor;
    }

    @Test
    void arabicIsWrittenRightToLeft() {
        Page page = visitor.get("/forgot-password?lang=ar");

        assertThat(page.body()).contains("<html lang=\"ar\"").contains("dir=\"rtl\"");
        assertThat(page.text()).contains("هل نسيت كلمة المرور؟");
    }

    @Test
    void langComesFirstThenTheProductThenTheBrowser() {
        assertThat(getWithBrowserLanguage("/forgot-password", "fr-CH, fr;q=0.9").text())
            .contains("Mot de passe oublié ?");
        assertThat(getWithBrowserLanguage("/forgot-password?client=shop", "fr").text()).contains("Passwort vergessen?");
        assertThat(getWithBrowserLanguage("/forgot-password?client=shop&lang=it", "fr").text())
            .contains("Password dimenticata?");
        assertThat(getWithBrowserLanguage("/forgot-password", "zh-CN").text()).contains("Forgot your password?");
    }

    @Test
    void everyPageOffersEveryLanguageKeepingTheVisit() {
        Page page = visitor.get("/forgot-password?client=shop&username=ana");

        assertThat(page.body()).contains("hreflang=\"ja\"")
            .contains("href=\"/forgot-password?client=shop&amp;lang=ar&amp;username=ana\"")
            .contains("lang=\"pt-BR\"");
    }

    @Test
    void theLanguageHoldsForTheFlowAndTheSwitchChangesIt() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("lang"));
        visitor.get("/forgot-password?lang=nl");
        visitor.post("/forgot-password?lang=nl", Map.of("username", user));

        assertThat(visitor.get("/confirm-code").text()).contains("Voer de code in");
        assertThat(visitor.get("/confirm-code?lang=ja").text()).contains("コードを入力");
        assertThat(visitor.get("/confirm-code").text()).contains("コードを入力");
    }

    @Test
    void cognitosErrorsAndThePolicyAreTranslated() {
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("lang"));
        visitor.get("/change-password?lang=pl");

        Page page = visitor.post("/change-password?lang=pl", Map.of("username", user, "currentPassword",
                "Wr0ng-pass-word!", "password", "Fresh-pass-9!", "confirmPassword", "Fresh-pass-9!"));

        assertThat(page.text()).contains("Nieprawidłowa nazwa użytkownika lub hasło.").contains("co najmniej 8 znaków");
        assertThat(pool.signsIn(user, TestPool.DEFAULT_PASSWORD)).isTrue();
    }

    private Page getWithBrowserLanguage(String path, String acceptLanguage) {
        return visitor
            .send(HttpRequest.newBuilder(visitor.base().resolve(path)).header("Accept-Language", acceptLanguage).GET());
    }

}

package com.cognitoselfservice.password;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.cognitoselfservice.cognito.PasswordPolicy;
import com.cognitoselfservice.cognito.PasswordRule;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordAdviceTests {

    static final CommonPasswords COMMON = new CommonPasswords();

    static final PasswordStrength STRENGTH = new PasswordStrength();

    @Test
    void atLeastTenThousandCommonPasswordsAreShipped() {
        assertThat(COMMON.size()).isGreaterThanOrEqualTo(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = { "password", "Password1!", "QWERTY123", "!!iloveyou!!", "Welcome1" })
    void commonPasswordsAreRecognisedInAnyCaseAndWithSymbolsAround(String password) {
        assertThat(COMMON.contains(password)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "N3w-pass-word!", "correct horse battery staple", "Tr0ub4dor&3x!" })
    void otherPasswordsAreNot(String password) {
        assertThat(COMMON.contains(password)).isFalse();
    }

    @Test
    void rulesAreTickedOffAsTheyAreMet() {
        PasswordAdvice advice = PasswordAdvice.of("abcdefgh", null, PasswordPolicy.COGNITO_DEFAULT, false, null, null);

        assertThat(advice.rules()).filteredOn(PasswordAdvice.RuleState::met)
            .extracting(PasswordAdvice.RuleState::rule)
            .contains(PasswordRule.MINIMUM_LENGTH, PasswordRule.LOWERCASE)
            .doesNotContain(PasswordRule.UPPERCASE, PasswordRule.NUMBER);
        assertThat(advice.matches()).as("nothing repeated yet").isNull();
    }

    @Test
    void nothingIsTickedBeforeAnythingIsTyped() {
        PasswordAdvice advice = PasswordAdvice.of("", null, PasswordPolicy.COGNITO_DEFAULT, false, null, null);

        assertThat(advice.typed()).isFalse();
        assertThat(advice.rules()).noneMatch(PasswordAdvice.RuleState::met);
    }

    @Test
    void theUsernameAndProductNameAreFoundInAnyCase() {
        PasswordAdvice advice = PasswordAdvice
            .of("My-Ana-Shop-1!", "My-Ana-Shop-2!", PasswordPolicy.COGNITO_DEFAULT, false, "ana", "Shop")
            .withStrength(2);

        assertThat(advice.containsUsername()).isTrue();
        assertThat(advice.containsProductName()).isTrue();
        assertThat(advice.strength()).as("a refused password is not shown as strong").isEqualTo(1);
        assertThat(advice.matches()).isFalse();
        assertThat(PasswordAdvice.contains("xyz-ab-1", "ab")).as("too short to refuse").isFalse();
    }

    @Test
    void strengthGrowsWithWhatIsHardToGuess() {
        assertThat(STRENGTH.score("password1", null, null)).isZero();
        assertThat(STRENGTH.score("ana-2024!", "ana", null)).isLessThan(STRENGTH.score("vq7#Lm2!xR9@pW", "ana", null));
        assertThat(STRENGTH.score("vq7#Lm2!xR9@pW", null, null)).isEqualTo(4);
    }

}

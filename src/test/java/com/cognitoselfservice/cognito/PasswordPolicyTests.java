package com.cognitoselfservice.cognito;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

    final PasswordPolicy policy = PasswordPolicy.COGNITO_DEFAULT;

    @Test
    void strongPasswordBreaksNoRule() {
        assertThat(policy.brokenBy("N3w-pass-word!")).isEmpty();
    }

    @Test
    void everyBrokenRuleIsNamed() {
        assertThat(policy.brokenBy("abc")).containsExactly(PasswordRule.MINIMUM_LENGTH, PasswordRule.UPPERCASE,
                PasswordRule.NUMBER, PasswordRule.SYMBOL);
    }

    @Test
    void spaceInsideCountsAsASymbolButNotAtTheEnds() {
        assertThat(policy.brokenBy("Pass word1")).isEmpty();
        assertThat(policy.brokenBy(" Password1!")).containsExactly(PasswordRule.NO_SURROUNDING_SPACE);
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        PasswordPolicy eight = new PasswordPolicy(8, false, false, false, false);
        assertThat(eight.brokenBy("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00"))
            .contains(PasswordRule.MINIMUM_LENGTH);
    }

    @Test
    void relaxedPolicyHasOnlyItsRules() {
        PasswordPolicy relaxed = new PasswordPolicy(6, false, true, false, false);
        assertThat(relaxed.rules()).containsExactly(PasswordRule.MINIMUM_LENGTH, PasswordRule.LOWERCASE,
                PasswordRule.NO_SURROUNDING_SPACE);
        assertThat(relaxed.brokenBy("simple")).isEmpty();
    }

}

package com.cognitoselfservice.admin;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.cognitoselfservice.cognito.PasswordPolicy;

import static org.assertj.core.api.Assertions.assertThat;

class TemporaryPasswordsTests {

    @Test
    void everyGeneratedPasswordSatisfiesTheStrictestPolicy() {
        PasswordPolicy strict = new PasswordPolicy(20, true, true, true, true);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String password = TemporaryPasswords.generate(strict);
            assertThat(strict.brokenBy(password)).as(password).isEmpty();
            assertThat(password).hasSize(20);
            seen.add(password);
        }
        assertThat(seen).hasSize(500);
    }

    @Test
    void isNeverShorterThanSixteen() {
        assertThat(TemporaryPasswords.generate(PasswordPolicy.COGNITO_DEFAULT)).hasSize(16);
    }

}

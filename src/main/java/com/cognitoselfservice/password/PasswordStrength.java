package com.cognitoselfservice.password;

import java.util.ArrayList;
import java.util.List;

import com.nulabinc.zxcvbn.Zxcvbn;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * How hard a password is to guess, from 0 (very weak) to 4 (strong), by zxcvbn, which
 * also counts the username and product name as easy guesses. Only the first 64 characters
 * are rated: zxcvbn's cost grows quickly with length, and more characters than that do
 * not make a weak password's start any stronger.
 */
@Component
public class PasswordStrength {

    private static final int RATED_LENGTH = 64;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    public int score(String password, @Nullable String username, @Nullable String productName) {
        if (password.isEmpty()) {
            return 0;
        }
        List<String> known = new ArrayList<>();
        if (username != null) {
            known.add(username);
        }
        if (productName != null) {
            known.add(productName);
        }
        String rated = (password.length() > RATED_LENGTH) ? password.substring(0, RATED_LENGTH) : password;
        return zxcvbn.measure(rated, known).getScore();
    }

}

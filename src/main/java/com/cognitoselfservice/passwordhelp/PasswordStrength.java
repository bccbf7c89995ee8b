package com.cognitoselfservice.passwordhelp;

import java.util.ArrayList;
import java.util.List;

import com.nulabinc.zxcvbn.Zxcvbn;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * How hard a password is to guess, from 0 (very weak) to 4 (strong), by zxcvbn, which
 * also counts the username and product name as easy guesses.
 */
@Component
public class PasswordStrength {

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
        return zxcvbn.measure(password, known).getScore();
    }

}

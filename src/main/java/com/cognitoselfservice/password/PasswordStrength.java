package com.cognitoselfservice.password;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nulabinc.zxcvbn.Zxcvbn;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import com.cognitoselfservice.deploymentkeys.SigningKey;

/**
 * How hard a password is to guess, from 0 (very weak) to 4 (strong), by zxcvbn, which
 * also counts the username and product name as easy guesses. Only the first 64 characters
 * are rated: zxcvbn's cost grows quickly with length, and more characters than that do
 * not make a weak password's start any stronger. Live help asks again for what was
 * already rated (the repetition typed, a field left and come back to), so recent ratings
 * are kept for two minutes under a keyed hash of what was rated, never the password
 * itself.
 */
@Component
public class PasswordStrength {

    private static final int RATED_LENGTH = 64;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    private final Cache<String, Integer> recent = Caffeine.newBuilder()
        .maximumSize(10_000)
        .expireAfterWrite(Duration.ofMinutes(2))
        .build();

    private final SigningKey key = SigningKey.random();

    public int score(String password, @Nullable String username, @Nullable String productName) {
        if (password.isEmpty()) {
            return 0;
        }
        String rated = (password.length() > RATED_LENGTH) ? password.substring(0, RATED_LENGTH) : password;
        return recent.get(digest(rated, username, productName), (digest) -> rate(rated, username, productName));
    }

    private int rate(String password, @Nullable String username, @Nullable String productName) {
        List<String> known = new ArrayList<>();
        if (username != null) {
            known.add(username);
        }
        if (productName != null) {
            known.add(productName);
        }
        return zxcvbn.measure(password, known).getScore();
    }

    private String digest(String password, @Nullable String username, @Nullable String productName) {
        String rated = password + '\u0000' + username + '\u0000' + productName;
        return Base64.getEncoder().encodeToString(key.sign(rated));
    }

}

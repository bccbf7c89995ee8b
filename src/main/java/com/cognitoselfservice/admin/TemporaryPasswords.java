package com.cognitoselfservice.admin;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.cognitoselfservice.cognito.PasswordPolicy;

/**
 * Strong temporary passwords that satisfy the pool's policy: at least 16 characters, one
 * of every required kind, drawn from a secure random source, without look-alike
 * characters.
 */
final class TemporaryPasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";

    private static final String DIGITS = "23456789";

    private static final String SYMBOLS = "!@#%^&*-_=+?";

    private static final SecureRandom random = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String generate(PasswordPolicy policy) {
        int length = Math.max(16, policy.minimumLength());
        List<Character> chars = new ArrayList<>();
        for (String kind : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
            chars.add(pick(kind));
        }
        String all = UPPER + LOWER + DIGITS + SYMBOLS;
        while (chars.size() < length) {
            chars.add(pick(all));
        }
        Collections.shuffle(chars, random);
        StringBuilder password = new StringBuilder();
        chars.forEach(password::append);
        return password.toString();
    }

    private static char pick(String from) {
        return from.charAt(random.nextInt(from.length()));
    }

}

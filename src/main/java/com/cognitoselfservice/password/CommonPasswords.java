package com.cognitoselfservice.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The 10 000 most common passwords, which Cognito itself does not refuse. A password
 * counts as one of them in any letter case and with symbols only added around it
 * ({@code Password1!} is {@code password1}).
 */
@Component
public class CommonPasswords {

    private final Set<String> passwords;

    CommonPasswords() {
        this.passwords = load();
    }

    public boolean contains(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        return passwords.contains(lower) || passwords.contains(trimSymbols(lower));
    }

    int size() {
        return passwords.size();
    }

    private static String trimSymbols(String password) {
        int start = 0;
        int end = password.length();
        while (start < end && !Character.isLetterOrDigit(password.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(password.charAt(end - 1))) {
            end--;
        }
        return password.substring(start, end);
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(16_384);
        try (InputStream in = CommonPasswords.class.getResourceAsStream("/common-passwords.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines()
                .filter((line) -> !line.isBlank() && !line.startsWith("#"))
                .map((line) -> line.strip().toLowerCase(Locale.ROOT))
                .forEach(passwords::add);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Set.copyOf(passwords);
    }

}

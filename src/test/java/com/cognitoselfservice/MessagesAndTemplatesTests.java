package com.cognitoselfservice;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.cognitoselfservice.cognito.PasswordRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a person reads comes from the messages bundle, and every key used is in it.
 */
class MessagesAndTemplatesTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    static final Pattern KEY = Pattern.compile("#\\{'?([a-zA-Z][\\w.-]*[\\w])'?[}(]");

    @Test
    void templatesHaveNoLiteralWords() throws IOException {
        for (Path template : templates()) {
            String text = Files.readString(template)
                .replaceAll("(?s)\\[\\(.*?\\)]|\\[#[^\\]]*]|\\[/]", " ")
                .replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<[^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*>", " ")
                .replaceAll("&[a-z]+;", " ")
                .strip();
            assertThat(text).as(template.toString()).doesNotContainPattern("\\p{L}");
        }
    }

    @Test
    void everyKeyTheTemplatesUseIsInTheBundle() throws IOException {
        Properties messages = messages();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher keys = KEY.matcher(Files.readString(template));
            while (keys.find()) {
                if (!messages.containsKey(keys.group(1))) {
                    missing.add(template.getFileName() + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundle() throws IOException {
        Properties messages = messages();
        List<String> missing = new ArrayList<>();
        Pattern used = Pattern.compile(
                "\"((?:cognito\\.[A-Z]|password\\.|limits\\.|confirm-code\\.|change-password\\.|new-password\\.|admin\\.[a-z-]+\\.[A-Za-z])[\\w.-]*)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
                Matcher keys = used.matcher(Files.readString(source));
                while (keys.find()) {
                    if (!messages.containsKey(keys.group(1))) {
                        missing.add(source.getFileName() + ": " + keys.group(1));
                    }
                }
            }
        }
        for (PasswordRule rule : PasswordRule.values()) {
            if (!messages.containsKey(rule.messageKey())) {
                missing.add(rule.name());
            }
        }
        assertThat(missing).isEmpty();
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter((p) -> p.toString().endsWith(".html") || p.toString().endsWith(".txt"))
                .sorted()
                .toList();
        }
    }

    /** The user pages' bundle and the staff pages' English-only ones, together. */
    static Properties messages() throws IOException {
        Properties messages = bundle("/messages.properties");
        messages.putAll(bundle("/admin.properties"));
        messages.putAll(bundle("/mailbox.properties"));
        return messages;
    }

    static Properties bundle(String resource) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = MessagesAndTemplatesTests.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is missing");
            }
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }

}

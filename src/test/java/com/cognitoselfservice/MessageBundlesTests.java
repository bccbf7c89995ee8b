package com.cognitoselfservice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.cognitoselfservice.language.Language;
import com.cognitoselfservice.language.Languages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language offered has every message English has, and no other, with the same
 * placeholders; the staff pages (helpdesk, demo mailbox) are English only.
 */
class MessageBundlesTests {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    static List<Language> translations() {
        return Languages.SUPPORTED.stream().filter((language) -> !language.equals(Languages.ENGLISH)).toList();
    }

    @ParameterizedTest
    @MethodSource("translations")
    void aTranslationHasExactlyTheKeysEnglishHas(Language language) throws IOException {
        Set<String> english = new TreeSet<>(
                MessagesAndTemplatesTests.bundle("/messages.properties").stringPropertyNames());
        Set<String> translated = new TreeSet<>(bundle(language).stringPropertyNames());

        assertThat(translated).as("keys of %s", language.tag()).containsExactlyElementsOf(english);
    }

    @ParameterizedTest
    @MethodSource("translations")
    void aTranslationKeepsEveryPlaceholderAndNothingMessageFormatWouldEat(Language language) throws IOException {
        Properties english = MessagesAndTemplatesTests.bundle("/messages.properties");
        Properties translated = bundle(language);
        List<String> problems = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String text = translated.getProperty(key, "");
            if (!placeholders(english.getProperty(key)).equals(placeholders(text))) {
                problems.add(key + ": placeholders differ");
            }
            if (text.isBlank() || text.equals("TODO")) {
                problems.add(key + ": not translated");
            }
            if (text.contains("'")) {
                problems.add(key + ": use a typographic apostrophe, MessageFormat drops a plain one");
            }
        }
        assertThat(problems).as(language.tag()).isEmpty();
    }

    private static Properties bundle(Language language) throws IOException {
        String suffix = language.locale().toString();
        return MessagesAndTemplatesTests.bundle("/messages_" + suffix + ".properties");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

}

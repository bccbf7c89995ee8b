package com.cognitoselfservice.language;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTests {

    @Test
    void aLangValueNamesALanguageInAnySpelling() {
        assertThat(Languages.named("de")).map(Language::tag).contains("de");
        assertThat(Languages.named("pt-BR")).map(Language::tag).contains("pt-BR");
        assertThat(Languages.named("pt_br")).map(Language::tag).contains("pt-BR");
        assertThat(Languages.named("pt")).map(Language::tag).contains("pt-BR");
        assertThat(Languages.named("en-GB")).map(Language::tag).contains("en");
    }

    @Test
    void anythingElseNamesNoLanguage() {
        assertThat(Languages.named("zz")).isEmpty();
        assertThat(Languages.named("")).isEmpty();
        assertThat(Languages.named(null)).isEmpty();
        assertThat(Languages.named("<script>")).isEmpty();
    }

    @Test
    void acceptLanguageGivesTheFirstOfferedLanguageByWeight() {
        assertThat(Languages.bestFor("zh-CN, ja;q=0.8, en;q=0.5")).map(Language::tag).contains("ja");
        assertThat(Languages.bestFor("fr-CH, fr;q=0.9, en;q=0.8")).map(Language::tag).contains("fr");
        assertThat(Languages.bestFor("en;q=0.2, nl")).map(Language::tag).contains("nl");
        assertThat(Languages.bestFor("zh-CN, *;q=0.1")).isEmpty();
        assertThat(Languages.bestFor("not a header;;;")).isEmpty();
        // Found by FuzzIT: the JDK's parser throws ArrayIndexOutOfBoundsException on
        // these.
        assertThat(Languages.bestFor("-")).isEmpty();
        assertThat(Languages.bestFor("de, -;q=0.5")).isEmpty();
    }

    @Test
    void onlyArabicIsWrittenRightToLeft() {
        assertThat(Languages.SUPPORTED).filteredOn(Language::rightToLeft)
            .extracting(Language::locale)
            .containsExactly(Locale.forLanguageTag("ar"));
        assertThat(Languages.SUPPORTED).hasSize(10);
    }

}

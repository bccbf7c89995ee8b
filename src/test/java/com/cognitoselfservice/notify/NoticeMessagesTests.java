package com.cognitoselfservice.notify;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import com.cognitoselfservice.language.Language;
import com.cognitoselfservice.language.Languages;

import static org.assertj.core.api.Assertions.assertThat;

/** Every language has every sentence of every notice, in text and HTML. */
class NoticeMessagesTests {

    static final Iterable<Language> languages = Languages.SUPPORTED;

    final NoticeMessages messages = new NoticeMessages(bundle());

    @ParameterizedTest
    @FieldSource("languages")
    void everyChangeReadsInEveryLanguageWithNothingMissing(Language language) {
        for (Change change : Change.values()) {
            Notice notice = new Notice("ana", "ana@example.com", change, Instant.parse("2026-11-30T09:15:00Z"),
                    language.locale(),
                    new Notice.Brand("Shop", "https://shop.example/logo.png", "#aa3300", "help@shop.example"),
                    "Firefox", "203.0.113.0/24", "https://reset.example/forgot-password?username=ana");

            NoticeMessages.Message message = messages.of(notice);

            for (String part : new String[] { message.subject(), message.text(), message.html() }) {
                assertThat(part).as(language.tag() + " " + change).doesNotContain("??").isNotBlank();
            }
            assertThat(message.text()).contains("2026-11-30 09:15 UTC")
                .contains("203.0.113.0/24")
                .contains("https://reset.example/forgot-password?username=ana")
                .doesNotContain("<");
            assertThat(message.html()).contains("https://shop.example/logo.png").contains("#aa3300");
        }
    }

    @ParameterizedTest
    @FieldSource("languages")
    void withoutBrowserNetworkOrSupportThoseLinesAreLeftOut(Language language) {
        Notice notice = new Notice("ana", "ana@example.com", Change.HELPDESK_PASSWORD_SET,
                Instant.parse("2026-11-30T09:15:00Z"), language.locale(), new Notice.Brand(null, null, "#0b57d0", null),
                null, null, "https://reset.example/forgot-password");

        NoticeMessages.Message message = messages.of(notice);

        assertThat(message.html()).doesNotContain("<img").doesNotContain("??");
        assertThat(message.text()).doesNotContain("null").doesNotContain("??");
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
        bundle.setBasenames("messages");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        return bundle;
    }

}

package com.cognitoselfservice.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The languages with a complete message bundle. English is the bundle without suffix.
 */
public final class Languages {

    public static final Language ENGLISH = new Language(Locale.ENGLISH, "English", false);

    public static final List<Language> SUPPORTED = List.of(ENGLISH,
            new Language(Locale.forLanguageTag("de"), "Deutsch", false),
            new Language(Locale.forLanguageTag("fr"), "Français", false),
            new Language(Locale.forLanguageTag("es"), "Español", false),
            new Language(Locale.forLanguageTag("pt-BR"), "Português (Brasil)", false),
            new Language(Locale.forLanguageTag("it"), "Italiano", false),
            new Language(Locale.forLanguageTag("nl"), "Nederlands", false),
            new Language(Locale.forLanguageTag("pl"), "Polski", false),
            new Language(Locale.forLanguageTag("ja"), "日本語", false),
            new Language(Locale.forLanguageTag("ar"), "العربية", true));

    private Languages() {
    }

    /**
     * The supported language a {@code lang} value names: {@code de}, {@code pt-BR},
     * {@code pt_br} and {@code pt} (the one Portuguese there is) all count.
     */
    public static Optional<Language> named(@Nullable String value) {
        if (value == null || value.isBlank() || value.length() > 20) {
            return Optional.empty();
        }
        Locale asked = Locale.forLanguageTag(value.strip().replace('_', '-'));
        return SUPPORTED.stream()
            .filter((language) -> language.locale().equals(asked))
            .findFirst()
            .or(() -> SUPPORTED.stream()
                .filter((language) -> language.locale().getLanguage().equals(asked.getLanguage()))
                .findFirst());
    }

    /** The best supported language for an {@code Accept-Language} header, if any. */
    public static Optional<Language> bestFor(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        }
        catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
            // The JDK's parser fails with the latter on a range of dashes alone ("-").
            return Optional.empty();
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() == 0 || range.getRange().equals("*")) {
                continue;
            }
            Optional<Language> match = named(range.getRange());
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    public static Language of(Locale locale) {
        return named(locale.toLanguageTag()).orElse(ENGLISH);
    }

    /**
     * The language of a page: the one the link asks for ({@code lang}), else the
     * product's, else the best match for the browser's {@code Accept-Language}, else
     * English.
     */
    public static Language choose(@Nullable String asked, @Nullable Locale productDefault,
            @Nullable String acceptLanguage) {
        return named(asked).or(() -> Optional.ofNullable(productDefault).map(Languages::of))
            .or(() -> bestFor(acceptLanguage))
            .orElse(ENGLISH);
    }

}

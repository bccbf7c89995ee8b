package com.cognitoselfservice.language;

import java.util.Locale;

/**
 * A language the pages are translated into, named in itself for the language switch.
 */
public record Language(Locale locale, String nativeName, boolean rightToLeft) {

    public String tag() {
        return locale.toLanguageTag();
    }

}

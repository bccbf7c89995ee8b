package com.cognitoselfservice.language;

import java.util.List;

/**
 * The language a page is in, and a link to the same page in each language offered.
 */
public record LanguageSwitch(Language current, List<Link> links) {

    public record Link(String tag, String name, String href, boolean current) {
    }

}

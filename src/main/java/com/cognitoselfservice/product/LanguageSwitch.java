package com.cognitoselfservice.product;

import java.util.List;

import com.cognitoselfservice.language.Language;

/**
 * The language a page is in, and a link to the same page in each language offered.
 */
public record LanguageSwitch(Language current, List<Link> links) {

    public record Link(String tag, String name, String href, boolean current) {
    }

}

package com.cognitoselfservice.support;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One response as a test reads it: status, headers and the HTML with its text. */
public record Page(int status, String body, HttpHeaders headers) {

    public String location() {
        String location = headers.firstValue("Location")
            .orElseThrow(() -> new AssertionError("not a redirect: " + status));
        URI uri = URI.create(location);
        return (uri.getRawQuery() == null) ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /**
     * The text of the page with tags removed and white space folded, as a person reads
     * it.
     */
    public String text() {
        return body.replaceAll("(?s)<head>.*?</head>", " ")
            .replaceAll("<[^>]+>", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
            .replace("&#39;", "'")
            .replace("&quot;", "\"")
            .replaceAll("\\s+", " ")
            .strip();
    }

    /** The text of the element with this id (its first level), e.g. a field's error. */
    public String textOf(String id) {
        int start = body.indexOf("id=\"" + id + "\"");
        if (start < 0) {
            return "";
        }
        int open = body.indexOf('>', start);
        int close = body.indexOf("</div>", open);
        if (close < 0) {
            close = body.indexOf("</p>", open);
        }
        return new Page(status, body.substring(open + 1, close), headers).text();
    }

    /**
     * The value of a hidden form field, such as the challenge id of
     * {@code /new-password}.
     */
    public String hiddenValue(String name) {
        Matcher field = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(body);
        if (!field.find()) {
            throw new AssertionError("no field " + name + " on the page");
        }
        return field.group(1);
    }

    /** The text of the error summary above a form, empty when there is none. */
    public String errorSummary() {
        int start = body.indexOf("data-error-summary");
        if (start < 0) {
            return "";
        }
        int open = body.indexOf('>', start);
        String summary = body.substring(open + 1, body.indexOf("</div>", open)).replaceAll("(?s)<h2.*?</h2>", "");
        return new Page(status, summary, headers).text();
    }

    public List<String> setCookies() {
        return headers.allValues("Set-Cookie");
    }

}

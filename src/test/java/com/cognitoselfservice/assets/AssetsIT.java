package com.cognitoselfservice.assets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import com.cognitoselfservice.support.EmulatorTest;
import com.cognitoselfservice.support.Page;
import com.cognitoselfservice.support.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first visit loads the page, one stylesheet, one script and the product's colours, all
 * from here; a browser keeps the last three, named by their content, and takes them
 * compressed.
 */
@EmulatorTest
class AssetsIT {

    private static final Pattern LINKED = Pattern.compile("(?:src|href)=\"([^\"#]+)\"");

    final Visitor visitor;

    @Autowired
    ResourceUrlProvider assetUrls;

    AssetsIT(Visitor visitor) {
        this.visitor = visitor;
    }

    @Test
    void aPageLoadsOneStylesheetOneScriptAndTheBrandColoursAllFromHere() {
        Page page = visitor.get("/forgot-password");

        assertThat(fetched(page.body())).satisfiesExactlyInAnyOrder(
                (url) -> assertThat(url).matches("/assets/css/app-[0-9a-f]{32}\\.css"),
                (url) -> assertThat(url).matches("/assets/js/app-[0-9a-f]{32}\\.js"),
                (url) -> assertThat(url).matches("/brand/default\\.css\\?v=[0-9a-f]{12}"));
    }

    @Test
    void theScriptIsHtmxAndOursInOneCompressedFileKeptForAYear() throws Exception {
        String script = find(visitor.get("/").body(), "/assets/js/app-[0-9a-f]{32}\\.js");

        HttpResponse<byte[]> response = fetch(script, "gzip");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        String text = gunzip(response.body());
        assertThat(text).contains("htmx:load").contains("data-embed-message").contains("data-countdown");
        assertThat(fetch(script, "identity").body()).hasSize(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void theBrandColoursAreKeptForAYearByTheVersionThePagesLinkTo() throws Exception {
        String stylesheet = find(visitor.get("/").body(), "/brand/default\\.css\\?v=[0-9a-f]{12}");

        assertThat(fetch(stylesheet, "gzip").headers().firstValue("Cache-Control"))
            .hasValue("max-age=31536000, public, immutable");
        assertThat(fetch("/brand/default.css?v=old", "gzip").headers().firstValue("Cache-Control"))
            .hasValue("max-age=300, public");
    }

    @Test
    void onlyAssetUrlsAreLookedUpAsFiles() {
        assertThat(assetUrls.getHandlerMap()).containsOnlyKeys("/assets/**");
        assertThat(visitor.get("/webjars/htmx.org/dist/htmx.min.js").status()).isEqualTo(404);
        assertThat(visitor.get("/application.properties").status()).isEqualTo(404);
    }

    private static List<String> fetched(String html) {
        String head = html.substring(0, html.indexOf("</head>"));
        return LINKED.matcher(head)
            .results()
            .map((match) -> match.group(1))
            .filter((url) -> !url.startsWith("data:"))
            .toList();
    }

    private static String find(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as("a link matching %s", regex).isTrue();
        return matcher.group();
    }

    private HttpResponse<byte[]> fetch(String path, String encoding) throws IOException, InterruptedException {
        URI uri = visitor.base().resolve(path);
        return HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(uri).header("Accept-Encoding", encoding).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}

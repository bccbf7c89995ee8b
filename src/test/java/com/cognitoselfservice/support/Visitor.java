package com.cognitoselfservice.support;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser without the rendering: keeps cookies, sends the CSRF token of the
 * last page it saw with every form, and does not follow redirects on its own, so tests
 * see each step.
 */
public final class Visitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private URI base;

    private final CookieManager cookies = new CookieManager();

    private final HttpClient client;

    private String lastCsrf = "";

    private String address;

    public Visitor(int port) {
        this.base = URI.create("http://localhost:" + port);
        this.client = HttpClient.newBuilder()
            .cookieHandler(new LocalhostIsSecure(cookies))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    }

    /**
     * The same browser, from now on talking to another instance of the app (the same
     * cookies, the same last form): what a load balancer does between requests.
     */
    public Visitor moveTo(int port) {
        this.base = URI.create("http://localhost:" + port);
        return this;
    }

    /** Another person's browser, on the same app, sharing nothing with this one. */
    public Visitor another() {
        return new Visitor(base.getPort());
    }

    /**
     * Another person's browser, seen at this client address: the app must trust the
     * proxy's {@code X-Forwarded-For} ({@code server.forward-headers-strategy=native}).
     */
    public Visitor from(String clientAddress) {
        Visitor visitor = another();
        visitor.address = clientAddress;
        return visitor;
    }

    /** The client address this visitor is seen at, if it is not the loopback's. */
    public String address() {
        return address;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Posts a form with the CSRF token of the last page, as the browser would. */
    public Page post(String path, Map<String, String> fields) {
        return post(path, fields, Map.of());
    }

    /** The same with request headers, e.g. {@code HX-Request} as HTMX sends it. */
    public Page post(String path, Map<String, String> fields, Map<String, String> headers) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", lastCsrf);
        form.putAll(fields);
        return postRaw(path, form, headers);
    }

    /** Posts exactly these fields, without adding a CSRF token. */
    public Page postRaw(String path, Map<String, String> fields, Map<String, String> headers) {
        String body = fields.entrySet()
            .stream()
            .map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    public Page send(HttpRequest.Builder request) {
        try {
            request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
            if (address != null) {
                request.header("X-Forwarded-For", address);
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Page page = new Page(response.statusCode(), response.body(), response.headers());
            Matcher csrf = CSRF.matcher(page.body());
            if (csrf.find()) {
                lastCsrf = csrf.group(1);
            }
            return page;
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** GETs where the page redirected to. */
    public Page follow(Page redirect) {
        return get(redirect.location());
    }

    /** The CSRF token of the last form this visitor saw, as the page wrote it. */
    public String csrf() {
        return lastCsrf;
    }

    /**
     * Puts a cookie in this browser as someone else could: a sibling host with
     * {@code Domain=}, or a network attacker on a plain-http request.
     */
    public void plantCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore()
            .getCookies()
            .stream()
            .filter((c) -> c.getName().equals(name))
            .map(HttpCookie::getValue)
            .findFirst();
    }

    public URI base() {
        return base;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Keeps and sends {@code Secure} cookies for localhost over plain http, as browsers
     * do (localhost is a secure context): an embeddable product's cookies are Secure.
     */
    private static final class LocalhostIsSecure extends CookieHandler {

        private final CookieManager cookies;

        LocalhostIsSecure(CookieManager cookies) {
            this.cookies = cookies;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return cookies.get(secure(uri), headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            cookies.put(secure(uri), headers);
        }

        private static URI secure(URI uri) {
            return "localhost".equals(uri.getHost()) ? URI.create("https" + uri.toString().substring(4)) : uri;
        }

    }

}

package com.cognitoselfservice.errorpages;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;

import com.cognitoselfservice.support.CognitoEmulator;
import com.cognitoselfservice.support.Fleet;
import com.cognitoselfservice.support.RawHttp;
import com.cognitoselfservice.support.TestPool;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten thousand generated requests over every route, form field, query parameter and
 * header the app reads: overlong values, control characters, NUL, CR and LF, invalid
 * UTF-8, mixed scripts, markup and script, duplicated parameters, wrong content types,
 * multipart and JSON bodies, HTMX headers where no HTMX is expected, with and without a
 * valid form token and a flow in progress. Every answer is a page, a redirect or a 4xx;
 * none is a 5xx, and no value with markup in it comes back as it was sent.
 */
class FuzzIT {

    static final List<String> ROUTES = List.of("/", "/forgot-password", "/confirm-code", "/confirm-code/resend",
            "/reset-required", "/change-password", "/new-password", "/mfa-code", "/mfa-setup", "/mfa-choice", "/done",
            "/cancel", "/password-help", "/unavailable", "/misconfigured", "/error", "/brand/default.css",
            "/brand/shop/logo", "/admin", "/admin/sign-in", "/admin/audit", "/admin/user", "/admin/user/reset",
            "/admin/user/password", "/admin/user/verify-email", "/admin/new-password", "/dev/mailbox", "/nowhere",
            "/assets/js/../../application.properties");

    static final List<String> FIELDS = List.of("username", "code", "password", "confirmPassword", "currentPassword",
            "challenge", "signOutEverywhere", "_signOutEverywhere", "permanent", "q", "lang", "client", "return_to",
            "embed", "retry", "v", "userAttributes.name", "_csrf", "method", "deviceName", "wait", "altcha");

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static ConfigurableApplicationContext app;

    static int port;

    static String anonymousCookie;

    static String anonymousToken;

    static String flowCookies;

    static String flowToken;

    static final int TRIES = 10_000;

    static final AtomicInteger answered = new AtomicInteger();

    @BeforeAll
    static void appWithAFlowInProgress() {
        TestPool pool = CognitoEmulator.shared().createPool(false);
        Map<String, Object> settings = new LinkedHashMap<>(
                com.cognitoselfservice.support.AppAgainstEmulator.settings(pool, false));
        settings.put("reset.forgot-password-minimum-duration", "0ms");
        settings.put("reset.cognito-budget.account-recovery", "1000");
        settings.put("reset.cognito-budget.sign-in", "1000");
        settings.put("admin.enabled", "true");
        settings.put("reset.products[0].client", "shop");
        settings.put("reset.products[0].name", "Shop");
        app = new org.springframework.boot.builder.SpringApplicationBuilder(com.cognitoselfservice.Application.class)
            .properties(settings)
            .run("--server.port=0", "--management.server.port=0");
        port = Fleet.port(app);

        Map<String, String> jar = new LinkedHashMap<>();
        RawHttp.Answer form = RawHttp.send(port, request("GET", "/forgot-password", Map.of(), null));
        anonymousCookie = keep(jar, form);
        anonymousToken = token(form);
        String user = pool.createUser(CognitoEmulator.shared().uniqueUsername("fuzzed"));
        RawHttp.Answer sent = RawHttp.send(port,
                request("POST", "/forgot-password",
                        Map.of("Content-Type", "application/x-www-form-urlencoded", "Cookie", anonymousCookie),
                        ("_csrf=" + anonymousToken + "&username=" + user).getBytes(StandardCharsets.UTF_8)));
        assertThat(sent.status()).isEqualTo(302);
        keep(jar, sent);
        RawHttp.Answer confirm = RawHttp.send(port,
                request("GET", "/confirm-code", Map.of("Cookie", header(jar)), null));
        flowCookies = keep(jar, confirm);
        flowToken = token(confirm);
    }

    @AfterAll
    static void stop() {
        System.out.println("FuzzIT: " + answered.get() + " generated requests answered, none with a 5xx");
        app.close();
    }

    @Test
    void everyAnswerIsAPageARedirectOrA4xxAndNeverEchoesMarkup() {
        // A new seed each run, printed with any failure; -Dfuzz.seed=N repeats a run.
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        for (int attempt = 0; attempt < TRIES; attempt++) {
            Fuzzed fuzzed = request(random);
            RawHttp.Answer answer = RawHttp.send(port, fuzzed.bytes());
            answered.incrementAndGet();
            String what = "seed " + seed + ", request " + attempt + ": " + fuzzed.summary();

            // The try-again page answers with the status it explains.
            int worst = fuzzed.summary().matches("(GET|HEAD) /unavailable\\b.*") ? 503 : 499;
            assertThat(answer.status()).as(what).isBetween(200, worst);
            for (String value : fuzzed.values()) {
                if (isMarkupProbe(value)) {
                    assertThat(answer.body()).as(what).doesNotContain(value);
                }
            }
            answer.headers()
                .values()
                .forEach((header) -> assertThat(header).as(what).doesNotContain("\n").doesNotContain("\r"));
        }
    }

    /**
     * A value whose appearance in a page can only be an unescaped echo: markup characters
     * with a letter or digit among them, since punctuation alone (a value of spaces and
     * one {@code <}) is in every page's own markup.
     */
    static boolean isMarkupProbe(String value) {
        return value.length() >= 4 && (value.contains("<") || value.contains("\""))
                && value.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    @Test
    void theEchoCheckLooksForMarkupThatOnlyAnEchoCanPutInAPage() {
        assertThat(isMarkupProbe("\"><img src=x onerror=alert(1)>")).isTrue();
        assertThat(isMarkupProbe("q<z'")).isTrue();
        // Every page has these in its own markup: indentation before a tag, an empty
        // attribute.
        assertThat(isMarkupProbe("   <")).isFalse();
        assertThat(isMarkupProbe("=\"\">")).isFalse();
    }

    /** A request as bytes, and the values it carries (for the echo check). */
    record Fuzzed(byte[] bytes, List<String> values, String summary) {
    }

    record Field(String name, String value) {
    }

    private static Fuzzed request(Random random) {
        String method = pick(random, "GET", "POST", "POST", "POST", "PUT", "DELETE", "HEAD", "OPTIONS");
        String route = ROUTES.get(random.nextInt(ROUTES.size()));
        List<Field> query = fields(random, 4);
        List<Field> form = fields(random, 8);
        String bodyKind = pick(random, "form", "form", "form", "multipart", "json", "invalid-utf8", "none");
        String state = pick(random, "anonymous", "anonymous-token", "flow", "flow", "planted");
        return fuzzed(method, route, query, form, bodyKind, state, headers(random));
    }

    private static Fuzzed fuzzed(String method, String route, List<Field> query, List<Field> form, String bodyKind,
            String state, Map<String, String> extra) {
        List<String> values = new ArrayList<>();
        query.forEach((field) -> values.add(field.value()));
        form.forEach((field) -> values.add(field.value()));
        values.addAll(extra.values());
        Map<String, String> headers = new LinkedHashMap<>(extra);
        List<Field> fields = new ArrayList<>(form);
        switch (state) {
            case "anonymous-token" -> {
                headers.put("Cookie", anonymousCookie);
                fields.add(0, new Field("_csrf", anonymousToken));
            }
            case "flow" -> {
                headers.put("Cookie", flowCookies);
                fields.add(0, new Field("_csrf", flowToken));
            }
            case "planted" ->
                headers.put("Cookie", "SESSION=" + values.stream().findFirst().orElse("x").replaceAll("[\\r\\n;]", "")
                        + "; XSRF-TOKEN=forged.token");
            default -> {
            }
        }
        byte[] body = null;
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            body = switch (bodyKind) {
                case "form" -> {
                    headers.putIfAbsent("Content-Type", "application/x-www-form-urlencoded");
                    yield urlEncoded(fields).getBytes(StandardCharsets.UTF_8);
                }
                case "multipart" -> {
                    headers.put("Content-Type", "multipart/form-data; boundary=fuzz");
                    yield multipart(fields);
                }
                case "json" -> {
                    headers.put("Content-Type", "application/json");
                    yield json(fields).getBytes(StandardCharsets.UTF_8);
                }
                case "invalid-utf8" -> {
                    headers.put("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.writeBytes(urlEncoded(fields).getBytes(StandardCharsets.UTF_8));
                    out.writeBytes("&username=".getBytes(StandardCharsets.US_ASCII));
                    out.writeBytes(new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xED,
                            (byte) 0xA0, (byte) 0x80 });
                    yield out.toByteArray();
                }
                default -> null;
            };
        }
        String target = route + (query.isEmpty() ? "" : "?" + rawQuery(query));
        byte[] bytes = request(method, target, headers, body);
        return new Fuzzed(bytes, values, method + " " + target.substring(0, Math.min(200, target.length())) + " ["
                + state + ", " + bodyKind + ", headers " + extra.keySet() + "]");
    }

    private static List<Field> fields(Random random, int most) {
        List<Field> fields = new ArrayList<>();
        for (int count = random.nextInt(most + 1); count > 0; count--) {
            String name = (random.nextInt(9) < 8) ? FIELDS.get(random.nextInt(FIELDS.size())) : nasty(random);
            fields.add(new Field(name, nasty(random)));
        }
        return fields;
    }

    private static Map<String, String> headers(Random random) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int count = random.nextInt(4); count > 0; count--) {
            String name = pick(random, "HX-Request", "HX-Target", "HX-Current-URL", "HX-Trigger", "HX-Trigger-Name",
                    "Accept-Language", "X-Forwarded-For", "Accept", "Referer", "Origin", "X-Request-Id",
                    "Content-Type");
            int kind = random.nextInt(10);
            String value = (kind < 6) ? nasty(random).replace("\r", "").replace("\n", "")
                    : (kind < 7) ? nasty(random) + "\r\nX-Injected: yes" : "true";
            headers.put(name, value);
        }
        return headers;
    }

    /** Text a person would not type, and some they would. */
    private static String nasty(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> chars(random, 40, ' ', '~');
            case 1 -> chars(random, 20, '\u0000', '\u001f');
            case 2 -> chars(random, 60, '\u0000', '\uffff');
            case 3 -> fromSet(random, 30, "аеосрxyzاب日本ß\u202e\u200b") + (random.nextBoolean() ? "𝒜🙂" : "");
            case 4 -> "a".repeat(5000);
            case 5 -> pick(random, "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
                    "javascript:alert(1)", "https://evil.example/", "//evil.example", "../../etc/passwd", "%00",
                    "%0d%0aSet-Cookie:x=1", "' OR '1'='1", "{{7*7}}", "${7*7}", "[[${T(java.lang.Runtime)}]]", "ana",
                    "123456", "N3w-pass-word!", "1", "", "on", "true", "shop", "fr", "ar", "embed");
            default -> fromSet(random, 20, "<>\"'&;=%+ qz");
        };
    }

    private static String chars(Random random, int most, char low, char high) {
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(most + 1); length > 0; length--) {
            text.append((char) (low + random.nextInt(high - low + 1)));
        }
        return text.toString();
    }

    private static String fromSet(Random random, int most, String set) {
        StringBuilder text = new StringBuilder();
        for (int length = 1 + random.nextInt(most); length > 0; length--) {
            text.append(set.charAt(random.nextInt(set.length())));
        }
        return text.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String rawQuery(List<Field> query) {
        StringBuilder raw = new StringBuilder();
        for (Field pair : query) {
            if (raw.length() > 0) {
                raw.append('&');
            }
            // Half encoded, half raw where the request line can still carry it.
            raw.append(encode(pair.name())).append('=');
            raw.append((pair.value().chars().allMatch((c) -> c > 0x20 && c < 0x7f && c != '#' && c != '&'))
                    ? pair.value() : encode(pair.value()));
        }
        return raw.toString();
    }

    private static String urlEncoded(List<Field> fields) {
        StringBuilder form = new StringBuilder();
        for (Field pair : fields) {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(encode(pair.name())).append('=').append(encode(pair.value()));
        }
        return form.toString();
    }

    private static byte[] multipart(List<Field> fields) {
        StringBuilder body = new StringBuilder();
        for (Field pair : fields) {
            body.append("--fuzz\r\nContent-Disposition: form-data; name=\"")
                .append(pair.name().replace("\"", ""))
                .append("\"\r\n\r\n")
                .append(pair.value())
                .append("\r\n");
        }
        return body.append("--fuzz--\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String json(List<Field> fields) {
        StringBuilder json = new StringBuilder("{");
        for (Field pair : fields) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"')
                .append(pair.name().replace("\"", "\\\""))
                .append("\":\"")
                .append(pair.value().replace("\\", "\\\\").replace("\"", "\\\""))
                .append('"');
        }
        return json.append('}').toString();
    }

    static byte[] request(String method, String target, Map<String, String> headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        head.append("Host: localhost\r\nConnection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }

    // What a browser sends after this answer: its cookies, the newest of each name.
    private static String keep(Map<String, String> jar, RawHttp.Answer answer) {
        answer.cookies().forEach((cookie) -> {
            String[] pair = cookie.split("=", 2);
            jar.put(pair[0], pair[1]);
        });
        return header(jar);
    }

    private static String header(Map<String, String> jar) {
        return String.join("; ",
                jar.entrySet().stream().map((cookie) -> cookie.getKey() + "=" + cookie.getValue()).toList());
    }

    private static String token(RawHttp.Answer answer) {
        Matcher token = CSRF.matcher(answer.body());
        assertThat(token.find()).as("a form token on the page").isTrue();
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}

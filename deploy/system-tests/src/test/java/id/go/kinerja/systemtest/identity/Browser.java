package id.go.kinerja.systemtest.identity;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a browser does in a sign-in, and no more: it keeps cookies, follows redirects, reads HTML and submits forms
 * with their hidden fields. Enough to go through Keycloak's real login and update-password pages and the web
 * application's authorization-code flow without a browser.
 */
final class Browser {

    /** A page, or (with {@link #stoppedAt()}) a redirect the caller wanted to catch rather than follow. */
    record Page(URI uri, int status, Document html, URI stoppedAt) {

        String title() {
            return html.title();
        }

        Element form(String selector) {
            Element form = html.selectFirst(selector);
            if (form == null) {
                throw new AssertionError("No form " + selector + " on " + uri + " (" + status + "): " + html.text());
            }
            return form;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new Cookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    Page open(URI uri) {
        return open(uri, target -> false);
    }

    /** GET, following redirects, but not one to an address that {@code stopAt} accepts. */
    Page open(URI uri, Predicate<URI> stopAt) {
        return follow(HttpRequest.newBuilder(uri).GET(), stopAt);
    }

    /** Submits the form with its hidden fields and these values, as the person pressed its submit button. */
    Page submit(Page page, String formSelector, Map<String, String> values, Predicate<URI> stopAt) {
        Element form = page.form(formSelector);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type");
            if (!type.equals("submit") && !type.equals("checkbox") && !type.equals("radio")) {
                fields.put(input.attr("name"), input.attr("value"));
            }
        }
        fields.putAll(values);
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        URI action = page.uri().resolve(form.attr("action"));
        return follow(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), stopAt);
    }

    private Page follow(HttpRequest.Builder request, Predicate<URI> stopAt) {
        HttpRequest next = request.timeout(Duration.ofSeconds(30)).build();
        for (int hop = 0; hop < 20; hop++) {
            HttpResponse<String> response = send(next);
            URI uri = next.uri();
            if (response.statusCode() / 100 != 3) {
                return new Page(uri, response.statusCode(), Jsoup.parse(response.body(), uri.toString()), null);
            }
            URI target = uri.resolve(response.headers().firstValue("Location")
                    .orElseThrow(() -> new AssertionError(uri + " answered " + response.statusCode() + " without Location")));
            if (stopAt.test(target)) {
                return new Page(uri, response.statusCode(), Jsoup.parse(response.body(), uri.toString()), target);
            }
            next = HttpRequest.newBuilder(target).GET().timeout(Duration.ofSeconds(30)).build();
        }
        throw new AssertionError("More than 20 redirects from " + request.build().uri());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * A browser's cookie jar for one host, by name and path. It sends Secure cookies over http too: Keycloak marks its
     * sign-in cookies Secure, and a browser treats http://localhost as a secure context, but java.net.CookieManager
     * would keep them back and Keycloak would answer "cookie not found".
     */
    private static final class Cookies extends CookieHandler {

        private final Map<String, HttpCookie> jar = new LinkedHashMap<>();

        @Override
        public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            jar.values().removeIf(HttpCookie::hasExpired);
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            String header = jar.values().stream().filter(cookie -> path.startsWith(cookie.getPath()))
                    .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; "));
            return header.isEmpty() ? Map.of() : Map.of("Cookie", List.of(header));
        }

        @Override
        public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if ("set-cookie".equalsIgnoreCase(name)) {
                    values.forEach(value -> HttpCookie.parse(value).forEach(cookie -> keep(uri, cookie)));
                }
            });
        }

        private void keep(URI uri, HttpCookie cookie) {
            if (cookie.getPath() == null) {
                String path = uri.getPath() == null ? "/" : uri.getPath();
                cookie.setPath(path.substring(0, path.lastIndexOf('/') + 1));
            }
            String key = cookie.getName() + " " + cookie.getPath();
            if (cookie.hasExpired()) {
                jar.remove(key);
            } else {
                jar.put(key, cookie);
            }
        }
    }
}

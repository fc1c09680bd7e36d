package id.go.kinerja.web.stub;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser's session in a page test: signs in through the dev sign-in page as one of the demo agency's people,
 * keeps the cookies, and sends forms with their CSRF token as a browser would.
 */
public final class WebSession {

    /** A page the application answered: its status and its HTML, parsed. */
    public record Page(int status, Document html, String location) {
    }

    private final Map<String, String> cookies = new HashMap<>();

    private WebSession() {
    }

    public static WebSession signedInAs(String userName) {
        WebSession session = new WebSession();
        Page signIn = session.get("/masuk");
        if (signIn.status() != 200) {
            throw new AssertionError("the dev sign-in page answered " + signIn.status());
        }
        Page signedIn = session.post("/masuk", Map.of("userName", userName));
        if (signedIn.status() != 303 || !session.cookies.containsKey("kinerja-sesi")) {
            throw new AssertionError("signing in as " + userName + " answered " + signedIn.status());
        }
        return session;
    }

    public static WebSession anonymous() {
        return new WebSession();
    }

    public Page get(String path) {
        return page(request().get(path));
    }

    /** Posts a form with the session's CSRF token, as the page's own form would. */
    public Page post(String path, Map<String, String> form) {
        Map<String, String> fields = new HashMap<>(form);
        String csrf = cookies.get("csrf-token");
        if (csrf != null) {
            fields.putIfAbsent("csrf-token", csrf);
        }
        return page(request().contentType("application/x-www-form-urlencoded").formParams(fields).post(path));
    }

    /** Posts a form without any CSRF token: what a page of another site would send. */
    public Page postWithoutCsrfToken(String path, Map<String, String> form) {
        return page(request().contentType("application/x-www-form-urlencoded").formParams(form).post(path));
    }

    /** Posts a file in a multipart form, with the CSRF token. */
    public Page upload(String path, String field, String fileName, byte[] content, String mediaType) {
        return upload(path, field, fileName, content, mediaType, Map.of());
    }

    /** Posts a file in a multipart form with other fields of the form (e.g. a checkbox), and the CSRF token. */
    public Page upload(String path, String field, String fileName, byte[] content, String mediaType,
                       Map<String, String> fields) {
        RequestSpecification request = request().multiPart(field, fileName, content, mediaType);
        for (Map.Entry<String, String> other : fields.entrySet()) {
            request = request.multiPart(other.getKey(), other.getValue());
        }
        String csrf = cookies.get("csrf-token");
        if (csrf != null) {
            request = request.multiPart("csrf-token", csrf);
        }
        return page(request.post(path));
    }

    /** Fetches a download (PDF, XLSX) as bytes. */
    public Response download(String path) {
        return request().get(path);
    }

    private RequestSpecification request() {
        return given().redirects().follow(false).cookies(cookies);
    }

    private Page page(Response response) {
        response.getDetailedCookies().forEach(cookie -> {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
        return new Page(response.statusCode(), Jsoup.parse(response.asString()), response.header("Location"));
    }
}

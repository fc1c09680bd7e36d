package id.go.kinerja.systemtest.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.systemtest.SopSteps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The example users of the shipped realm ({@code deploy/identity/kinerja-realm.json}), one per role of the demo agency,
 * each signing in at Keycloak's own pages in a browser of their own: the login form with the temporary password, then,
 * because the realm requires it, the form that sets a new one. A token is got as a front end gets it, by the
 * authorization-code flow with PKCE of the realm's public client {@code kinerja-web}; later tokens come from the
 * person's Keycloak session without the form.
 */
final class RealmUsers implements SopSteps.People {

    static final String CLIENT_ID = "kinerja-web";
    static final String TEMPORARY_PASSWORD = "Ganti-Sandi-Ini-1";
    /** Long enough for the realm's password policy, and not the user name. */
    static final String NEW_PASSWORD = "Sandi-Baru-Kinerja-2026";

    /** Where the code comes back for the people who sign in here directly: a loopback address nobody serves. */
    private static final String REDIRECT_URI = "http://localhost:9/masuk";

    private static final Map<String, String> USER_BY_ROLE = Map.of(
            "ADMIN", "admin.disdagtrans",
            "HEAD", "kepala.disdagtrans",
            "SECRETARY", "sekretaris.disdagtrans",
            "SAKIP_TEAM", "tim.sakip.disdagtrans",
            "AUDITOR", "auditor.inspektorat",
            "OPERATOR/PERDAGANGAN", "operator.perdagangan",
            "OPERATOR/METROLOGI", "operator.metrologi",
            "DIVISION_HEAD/PERDAGANGAN", "kabid.perdagangan");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeycloakServer keycloak;
    private final Map<String, Browser> browsers = new HashMap<>();

    RealmUsers(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    @Override
    public String token(String role, String division) {
        String key = division == null ? role : role + "/" + division;
        String user = USER_BY_ROLE.get(key);
        if (user == null) {
            throw new IllegalArgumentException("The realm has no example user for " + key);
        }
        return tokenOf(user);
    }

    /** The browser the person signs in with; it keeps their Keycloak session. */
    synchronized Browser browserOf(String user) {
        return browsers.computeIfAbsent(user, ignored -> new Browser());
    }

    /** An access token of the user, by the authorization-code flow with PKCE at the realm. */
    String tokenOf(String user) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        URI authorization = URI.create(keycloak.realmUrl() + "/protocol/openid-connect/auth?response_type=code"
                + "&scope=openid&client_id=" + CLIENT_ID + "&redirect_uri=" + encode(REDIRECT_URI) + "&state=" + verifier.substring(0, 8)
                + "&code_challenge_method=S256&code_challenge=" + challenge(verifier));
        Predicate<URI> backAtTheFrontEnd = uri -> uri.toString().startsWith(REDIRECT_URI);
        Browser browser = browserOf(user);
        Browser.Page page = browser.open(authorization, backAtTheFrontEnd);
        if (page.stoppedAt() == null) {
            page = signIn(browser, page, user, backAtTheFrontEnd);
        }
        if (page.stoppedAt() == null) {
            throw new AssertionError(user + " did not get back to the front end: " + page.uri() + " " + page.html().text());
        }
        String code = queryParameter(page.stoppedAt(), "code");
        HttpRequest exchange = HttpRequest.newBuilder(URI.create(keycloak.realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=" + CLIENT_ID
                        + "&code=" + encode(code) + "&redirect_uri=" + encode(REDIRECT_URI) + "&code_verifier=" + verifier))
                .build();
        try {
            HttpResponse<String> answer = HTTP.send(exchange, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("The token endpoint refused the code of " + user + ": " + answer.body());
            }
            return JSON.readTree(answer.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * The person at Keycloak's login page: user name and temporary password, then a new password on the page that the
     * realm's required action shows at the first sign-in.
     */
    static Browser.Page signIn(Browser browser, Browser.Page loginPage, String user, Predicate<URI> stopAt) {
        Browser.Page next = browser.submit(loginPage, "#kc-form-login",
                Map.of("username", user, "password", TEMPORARY_PASSWORD), stopAt);
        if (next.stoppedAt() == null && next.html().selectFirst("#kc-passwd-update-form") != null) {
            next = browser.submit(next, "#kc-passwd-update-form",
                    Map.of("password-new", NEW_PASSWORD, "password-confirm", NEW_PASSWORD), stopAt);
        }
        return next;
    }

    /** The claims of a token, unverified: the services verify it; the test looks at what they were given. */
    static JsonNode claims(String token) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String queryParameter(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No " + name + " in " + uri);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

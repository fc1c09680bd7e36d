package id.go.kinerja.systemtest.identity;

import static id.go.kinerja.systemtest.SystemUnderTest.Service.APPROVAL;
import static id.go.kinerja.systemtest.SystemUnderTest.Service.ARCHIVE;
import static id.go.kinerja.systemtest.SystemUnderTest.Service.COLLECTION;
import static id.go.kinerja.systemtest.SystemUnderTest.Service.MEASUREMENT;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.infrastructure.KeycloakRealm;
import id.go.kinerja.systemtest.SopSteps;
import id.go.kinerja.systemtest.SystemUnderTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Production sign-in, proven once against a real Keycloak (the distribution of Maven Central, no Docker) that imported
 * the shipped realm: the four services trust only that realm's keys and issuer, and the web application runs with its
 * production profile (OpenID Connect, no dev sign-in). The realm's people prepare a round; the operator of PERDAGANGAN
 * opens the web application, is sent to Keycloak's login page, signs in with the temporary password, sets a new one as
 * the realm requires, and lands on the Beranda with their division's entries. The token the services receive carries
 * the realm's groups, agency and division, and the division rules hold for it.
 *
 * <p>Keycloak needs Java 21 or later: without one, the test says so loudly and is skipped, never passed.
 */
class ProductionSignInIT {

    private static final String DEMO_PLAN = "collection-service/src/main/resources/demo/disdagtrans-2025.json";
    private static final String AGENCY = "DISDAGTRANS";
    private static final String AGENCY_NAME = "Dinas Perdagangan dan Transmigrasi";
    private static final String OPERATOR = "operator.perdagangan";
    private static final String OWN_DIVISION = "PERDAGANGAN";
    private static final String OTHER_DIVISION = "METROLOGI";

    private static KeycloakServer keycloak;
    private static SystemUnderTest.Running system;
    private static String web;
    private static RealmUsers people;
    private static SopSteps sop;

    @BeforeAll
    static void startKeycloakTheServicesAndTheWebApplication() {
        Optional<Path> java = JavaForKeycloak.find();
        if (java.isEmpty()) {
            String banner = "\n" + "!".repeat(100) + "\n!!! ProductionSignInIT DID NOT RUN: Keycloak needs Java "
                    + JavaForKeycloak.REQUIRED + "+, and none was found (this JVM, JAVA_HOME, KEYCLOAK_JAVA_HOME,"
                    + " -Dkinerja.keycloak.java, /usr/lib/jvm, /opt).\n!!! The production sign-in is NOT proven on this"
                    + " machine.\n" + "!".repeat(100);
            System.err.println(banner);
            Assumptions.abort(banner);
        }
        Path logs = Path.of(System.getProperty("kinerja.logs", "target/system-test-logs"));
        keycloak = KeycloakServer.start(java.get(), projectFile(KeycloakRealm.FILE), createDirectories(logs));
        System.out.printf("Keycloak (Java %d at %s) served the realm %d s after its start%n",
                JavaForKeycloak.version(java.get()), java.get(), keycloak.startedIn().toSeconds());
        system = SystemUnderTest.Running.start(Map.of(
                "KINERJA_JWT_PUBLIC_KEY_LOCATION", keycloak.certsUrl(),
                "KINERJA_JWT_ISSUER", keycloak.realmUrl()));
        Map<String, String> webEnvironment = new LinkedHashMap<>();
        webEnvironment.put("KINERJA_OIDC_URL", keycloak.realmUrl());
        webEnvironment.put("KINERJA_OIDC_CLIENT_ID", RealmUsers.CLIENT_ID);
        webEnvironment.put("KINERJA_OIDC_STATE_SECRET", "state-secret-of-the-identity-test-32-characters");
        webEnvironment.put("KINERJA_OIDC_SESSION_SECRET", "session-secret-of-the-identity-test-32-characters");
        webEnvironment.put("KINERJA_COLLECTION_URL", system.baseUrl(COLLECTION));
        webEnvironment.put("KINERJA_MEASUREMENT_URL", system.baseUrl(MEASUREMENT));
        webEnvironment.put("KINERJA_APPROVAL_URL", system.baseUrl(APPROVAL));
        webEnvironment.put("KINERJA_ARCHIVE_URL", system.baseUrl(ARCHIVE));
        webEnvironment.put("KINERJA_AGENCY_NAME", AGENCY_NAME);
        web = system.startApplication("web", webEnvironment);
        people = new RealmUsers(keycloak);
        sop = new SopSteps(system, AGENCY, 2025, 1, people);
    }

    @AfterAll
    static void stop() {
        try {
            if (system != null) {
                system.close();
            }
        } finally {
            if (keycloak != null) {
                keycloak.close();
            }
        }
    }

    @Test
    void operatorSignsInAtKeycloakLandsOnTheirDivisionsWorkAndTheServicesHoldTheDivisionRules() throws IOException {
        // the realm's people, each through Keycloak's login and new-password pages, prepare the round (A1-A5)
        sop.adminLoadsThePlan(Files.readString(projectFile(DEMO_PLAN)));
        sop.teamPublishesThePerformanceAgreement();
        UUID roundId = sop.headOrdersTheCollection();
        List<Map<String, Object>> items = sop.itemsOf(roundId);
        sop.secretaryAndTeamPrepareTheCollection(roundId, items);
        List<Map<String, Object>> own = itemsOf(items, OWN_DIVISION);
        List<Map<String, Object>> other = itemsOf(items, OTHER_DIVISION);

        operatorSignsInThroughTheWebApplicationAndSeesTheirDivisionsEntries(SopSteps.codesOf(own), SopSteps.codesOf(other));
        theTokenCarriesTheRealmsGroupsAgencyAndDivision();
        anOperatorEntersOnlyTheirDivisionsEntries(roundId, own.get(0), other.get(0));
        aDivisionHeadVerifiesOnlyTheirDivisionsEntries(roundId, code(own.get(0)), code(other.get(0)));
    }

    /** Authorization-code flow with PKCE: web → Keycloak's login → new password → web's Beranda. */
    private static void operatorSignsInThroughTheWebApplicationAndSeesTheirDivisionsEntries(List<String> own, List<String> other) {
        Browser browser = people.browserOf(OPERATOR);
        Browser.Page login = browser.open(URI.create(web + "/"));
        assertThat("a stranger is sent to the realm's login page", login.uri().toString(),
                startsWith(keycloak.realmUrl() + "/protocol/openid-connect/auth"));
        assertThat(login.uri().getQuery(), containsString("client_id=" + RealmUsers.CLIENT_ID));
        assertThat(login.uri().getQuery(), containsString("code_challenge_method=S256"));

        Browser.Page home = RealmUsers.signIn(browser, login, OPERATOR, uri -> false);
        assertThat("back on the web application: " + home.html().text(), home.uri().toString(), startsWith(web + "/"));
        assertThat(home.status(), equalTo(200));
        assertThat(home.title(), startsWith("Beranda"));
        assertThat(home.title(), containsString(AGENCY_NAME));
        Element who = home.html().selectFirst("header .who");
        assertThat("the header names the person, their role and division", who == null ? "" : who.text(),
                containsString("Operator · " + OWN_DIVISION));
        // collection answered my-work for the token the web application sent: the operator's division only
        List<String> work = home.html().select("#pekerjaan li").eachText();
        for (String code : own) {
            assertThat(work, hasItem(containsString("Isi realisasi " + code)));
        }
        List<String> namedInTheWork = work.stream().flatMap(item -> List.of(item.split("\\s+")).stream()).toList();
        for (String code : other) {
            assertThat("another division's entry is not the operator's work", namedInTheWork, not(hasItem(code)));
        }
    }

    /** The same Keycloak session gives the token again, without the login page; it has what the services read. */
    private static void theTokenCarriesTheRealmsGroupsAgencyAndDivision() {
        JsonNode claims = RealmUsers.claims(people.tokenOf(OPERATOR));
        Set<String> groups = new TreeSet<>();
        claims.path("groups").forEach(group -> groups.add(group.asText()));
        assertThat(groups, equalTo(KeycloakRealm.groupsOf("OPERATOR")));
        assertThat(claims.path("iss").asText(), equalTo(keycloak.realmUrl()));
        assertThat(claims.path("agency").asText(), equalTo(AGENCY));
        assertThat(claims.path("division").asText(), equalTo(OWN_DIVISION));
        assertThat(claims.path("preferred_username").asText(), equalTo(OPERATOR));
    }

    private static void anOperatorEntersOnlyTheirDivisionsEntries(UUID roundId, Map<String, Object> own,
                                                                  Map<String, Object> other) {
        String operator = people.token("OPERATOR", OWN_DIVISION);
        enter(operator, roundId, own).then().statusCode(200).body("state", equalTo("ENTERED"));
        enter(operator, roundId, other).then().statusCode(403).body("code", equalTo("ENTRY_NOT_IN_YOUR_DIVISION"));
        enter(people.token("OPERATOR", OTHER_DIVISION), roundId, other)
                .then().statusCode(200).body("state", equalTo("ENTERED"));
    }

    private static void aDivisionHeadVerifiesOnlyTheirDivisionsEntries(UUID roundId, String own, String other) {
        String divisionHead = people.token("DIVISION_HEAD", OWN_DIVISION);
        verify(divisionHead, roundId, other).then().statusCode(403).body("code", equalTo("ENTRY_NOT_IN_YOUR_DIVISION"));
        verify(divisionHead, roundId, own).then().statusCode(200).body("state", equalTo("VERIFIED"));
    }

    /** Reads the entry for its version, then enters the realisation on target: a 403 comes with either call. */
    private static Response enter(String token, UUID roundId, Map<String, Object> item) {
        String entry = "/api/collection/rounds/{round}/entries/{code}";
        Response read = sop.as(token, COLLECTION).get(entry, roundId, code(item));
        if (read.statusCode() != 200) {
            return read;
        }
        return sop.as(token, COLLECTION).header("If-Match", read.header("ETag"))
                .body(SopSteps.onTarget(item, "Dimasukkan setelah masuk lewat Keycloak"))
                .put(entry, roundId, code(item));
    }

    private static Response verify(String token, UUID roundId, String code) {
        return sop.as(token, COLLECTION).body(Map.of("decision", "VERIFY"))
                .post("/api/collection/rounds/{round}/entries/{code}/verification", roundId, code);
    }

    private static List<Map<String, Object>> itemsOf(List<Map<String, Object>> items, String division) {
        List<Map<String, Object>> ofDivision = items.stream().filter(item -> division.equals(item.get("divisionCode"))).toList();
        assertThat("the demo plan's round has entries of " + division, ofDivision.isEmpty(), equalTo(false));
        return ofDivision;
    }

    private static String code(Map<String, Object> item) {
        return (String) item.get("indicatorCode");
    }

    private static Path projectFile(String relativePath) {
        return Path.of(System.getProperty("kinerja.root", "../..")).resolve(relativePath).toAbsolutePath().normalize();
    }

    private static Path createDirectories(Path directory) {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

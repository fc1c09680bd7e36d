package id.go.kinerja.collection.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kinerja.collection.TestAgency;
import id.go.kinerja.infrastructure.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A correctly signed token is still refused (401 problem+json) when the claims the services read are missing or of
 * the wrong type, or when it says it was issued in the future; and refused requests stay visible to an auditor:
 * the agency's AUDITOR sees those whose token names the agency (marked unverified), the regency's REGENCY_AUDITOR
 * those that name none.
 */
@QuarkusTest
class TokenClaimsTest {

    /** JSON values of the wrong type for every claim the services read (groups wants strings in its array). */
    private static final Map<String, String> WRONG_TYPES = Map.of("an array", "[1, {\"code\": \"X\"}]",
            "a number", "42", "an object", "{\"code\": \"X\"}", "a boolean", "true");
    private static final String RECAP = "/api/collection/rounds/{round}/recap";

    @Test
    void aClaimOfTheWrongTypeIsUnauthenticatedOnReadsAndWrites() {
        TestAgency agency = TestAgency.withPlan();
        Map<String, Integer> wrong = new LinkedHashMap<>();
        for (String claim : List.of("agency", "division", "name", "preferred_username", "sub", "groups")) {
            WRONG_TYPES.forEach((kind, value) -> {
                String read = tokenWith(agency, "OPERATOR", claim, value);
                String write = tokenWith(agency, "HEAD", claim, value);
                check(wrong, claim + " " + kind + ", read", given().auth().oauth2(read).get("/api/collection/rounds"));
                check(wrong, claim + " " + kind + ", write", given().auth().oauth2(write).contentType(ContentType.JSON)
                        .body(TestAgency.newRound(2025, 1)).post("/api/collection/rounds"));
            });
        }
        assertEquals(Map.of(), wrong, "answers other than 401 problem+json");
    }

    @Test
    void aTokenWithoutSubjectIsUnauthenticated() {
        TestAgency agency = TestAgency.withPlan();
        Map<String, Integer> wrong = new LinkedHashMap<>();
        check(wrong, "write", given().auth().oauth2(token(agency, "HEAD", claims -> claims.remove("sub")))
                .contentType(ContentType.JSON).body(TestAgency.newRound(2025, 1)).post("/api/collection/rounds"));
        check(wrong, "read", given().auth().oauth2(token(agency, "HEAD", claims -> claims.claim("sub", " ")))
                .get("/api/collection/rounds"));
        assertEquals(Map.of(), wrong, "answers other than 401 problem+json");
        agency.as("HEAD").get("/api/collection/rounds").then().statusCode(200).body("items", empty());
    }

    @Test
    void aTokenIssuedInTheFutureIsRefusedBeyondTheClockSkewOnly() {
        TestAgency agency = TestAgency.withPlan();
        Map<String, Integer> wrong = new LinkedHashMap<>();
        check(wrong, "issued in 10 minutes", given().auth().oauth2(token(agency, "HEAD",
                claims -> claims.issuedAt(Instant.now().plusSeconds(600)))).get("/api/collection/rounds"));
        assertEquals(Map.of(), wrong, "answers other than 401 problem+json");
        given().auth().oauth2(token(agency, "HEAD", claims -> claims.issuedAt(Instant.now().plusSeconds(20))))
                .get("/api/collection/rounds").then().statusCode(200);
    }

    @Test
    void aRefusedForgedTokenShowsInTheTrailOfTheAgencyItNamesMarkedUnverified() {
        TestAgency agency = TestAgency.withPlan();
        TestAgency other = TestAgency.withPlan();
        String signed = agency.token("HEAD");
        String forged = signed.substring(0, signed.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        String requestId = "forged-" + UUID.randomUUID();
        given().header("X-Request-Id", requestId).auth().oauth2(forged)
                .post(RECAP, UUID.randomUUID()).then().statusCode(401);

        agency.as("AUDITOR").queryParam("requestId", requestId).get("/api/collection/audit").then().statusCode(200)
                .body("items.agencyCode", contains(agency.code))
                .body("items.agencyUnverified", contains(true))
                .body("items.actorId", contains("anonymous"))
                .body("items.status", contains(401))
                .body("items.action", contains("POST " + RECAP.replace("{round}", "{roundId}")));
        other.as("AUDITOR").queryParam("requestId", requestId).get("/api/collection/audit").then().statusCode(200)
                .body("items", empty());
        agency.as("AUDITOR").queryParam("outcome", "DONE").get("/api/collection/audit").then().statusCode(200)
                .body("items.agencyUnverified", not(hasItem(true)));
    }

    @Test
    void aRefusalNamingNoAgencyIsForTheRegencyAuditor() {
        TestAgency agency = TestAgency.withPlan();
        String requestId = "no-token-" + UUID.randomUUID();
        given().header("X-Request-Id", requestId).post(RECAP, UUID.randomUUID()).then().statusCode(401);

        given().auth().oauth2(DevTokens.mint("REGENCY_AUDITOR", "INSPEKTORAT"))
                .queryParam("size", 200).get("/api/collection/audit/unattributed").then().statusCode(200)
                .body("items.requestId", hasItem(requestId))
                .body("items.find { it.requestId == '" + requestId + "' }.agencyCode", equalTo(null));
        agency.as("AUDITOR").queryParam("requestId", requestId).get("/api/collection/audit").then().statusCode(200)
                .body("items", empty());
        for (String role : List.of("AUDITOR", "HEAD", "ADMIN")) {
            agency.as(role).get("/api/collection/audit/unattributed").then().statusCode(403);
        }
        given().auth().oauth2(DevTokens.mint("REGENCY_AUDITOR", "INSPEKTORAT")).get("/api/collection/audit")
                .then().statusCode(403);
    }

    private static String token(TestAgency agency, String role, Consumer<JwtClaimsBuilder> change) {
        JwtClaimsBuilder claims = DevTokens.claims(Set.of(role), agency.code, "PERDAGANGAN",
                role.toLowerCase() + "@" + agency.code.toLowerCase());
        change.accept(claims);
        return DevTokens.sign(claims);
    }

    /** A token of {@code role} of the agency whose claim {@code claim} is the JSON {@code value}. */
    private static String tokenWith(TestAgency agency, String role, String claim, String value) {
        long now = Instant.now().getEpochSecond();
        Map<String, String> claims = new LinkedHashMap<>(Map.of("iss", "\"" + DevTokens.ISSUER + "\"",
                "sub", "\"user@x\"", "preferred_username", "\"user@x\"", "name", "\"User\"",
                "groups", "[\"" + role + "\"]", "agency", "\"" + agency.code + "\"", "division", "\"PERDAGANGAN\"",
                "iat", String.valueOf(now), "exp", String.valueOf(now + 3600)));
        claims.put(claim, value);
        return DevTokens.signRaw(claims.entrySet().stream()
                .map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue())
                .collect(Collectors.joining(", ", "{", "}")));
    }

    private static void check(Map<String, Integer> wrong, String what, Response response) {
        if (response.statusCode() != 401 || !response.contentType().startsWith("application/problem+json")) {
            wrong.put(what, response.statusCode());
        }
    }
}

package id.go.kinerja.collection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kinerja.collection.evidence.EvidenceTest;
import id.go.kinerja.collection.imports.PlanFiles;
import id.go.kinerja.infrastructure.DevTokens;
import id.go.kinerja.infrastructure.DivisionToken;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Division separation holds for the tokens a real identity provider issues: every division-scoped operation of
 * collection-service gives an operator or division head of PERDAGANGAN the same answer whether the token carries
 * Keycloak's default groups or not, and refuses a token of those roles that names no division, everywhere.
 */
@QuarkusTest
class DivisionBindingTest {

    private static final String ENTRY = "/api/collection/rounds/{round}/entries/{code}";
    private static final String OWN = "PERDAGANGAN";
    private static final String OTHERS = "IKK-01";

    @Test
    void everyDivisionScopedOperationAnswersAlikeWithTheRealmsGroupsAndRefusesATokenWithoutDivision() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        agency.enter(round, OTHERS, 72).statusCode(200);
        String evidence = given().auth().oauth2(agency.token("OPERATOR", "METROLOGI"))
                .multiPart("file", "bukti.pdf", EvidenceTest.PDF)
                .when().post(ENTRY + "/evidence", round, OTHERS).then().statusCode(201).extract().path("id");

        Map<String, Function<String, String>> operator = new LinkedHashMap<>();
        operator.put("enter another division's entry", token -> status(as(token).body("{\"value\": 80}")
                .when().put(ENTRY, round, OTHERS)));
        operator.put("confirm another division's entry", token -> status(as(token)
                .when().post(ENTRY + "/confirmation", round, OTHERS)));
        operator.put("read another division's entry", token -> status(as(token).when().get(ENTRY, round, OTHERS)));
        operator.put("attach evidence to another division's entry", token -> status(given().auth().oauth2(token)
                .multiPart("file", "bukti.pdf", EvidenceTest.PDF).when().post(ENTRY + "/evidence", round, OTHERS)));
        operator.put("list another division's evidence", token -> status(as(token)
                .when().get(ENTRY + "/evidence", round, OTHERS)));
        operator.put("download another division's evidence", token -> status(given().auth().oauth2(token)
                .when().get(ENTRY + "/evidence/{id}", round, OTHERS, evidence)));
        operator.put("delete another division's evidence", token -> status(as(token)
                .when().delete(ENTRY + "/evidence/{id}", round, OTHERS, evidence)));
        operator.put("upload a worksheet row of another division", token -> status(given().auth().oauth2(token)
                .contentType(PlanFiles.CSV).body(("indicator_code,realisation\n" + OTHERS + ",75\n")
                        .getBytes(StandardCharsets.UTF_8))
                .when().post("/api/collection/rounds/{round}/worksheet", round)));
        operator.putAll(reads(round));

        Map<String, Function<String, String>> divisionHead = new LinkedHashMap<>();
        divisionHead.put("verify another division's entry", token -> status(as(token)
                .body("{\"decision\": \"VERIFY\"}").when().post(ENTRY + "/verification", round, OTHERS)));
        divisionHead.put("send back another division's entry", token -> status(as(token)
                .body("{\"decision\": \"SEND_BACK\", \"reason\": \"bukti kurang\"}")
                .when().post(ENTRY + "/verification", round, OTHERS)));
        divisionHead.putAll(reads(round));

        assertMatrix(agency, "OPERATOR", operator, Map.of(
                "enter another division's entry", "403",
                "confirm another division's entry", "403",
                "read another division's entry", "403",
                "attach evidence to another division's entry", "403",
                "list another division's evidence", "403",
                "download another division's evidence", "403",
                "delete another division's evidence", "403",
                "upload a worksheet row of another division", "422",
                "read the round", "200 [PERDAGANGAN]",
                "download the worksheet", "200 [PERDAGANGAN]"));
        assertMatrix(agency, "DIVISION_HEAD", divisionHead, Map.of(
                "verify another division's entry", "403",
                "send back another division's entry", "403",
                "read the round", "200 [PERDAGANGAN]",
                "download the worksheet", "200 [PERDAGANGAN]"));
        agency.entry(round, OTHERS).body("state", equalTo("ENTERED")).body("value", equalTo(72));
    }

    @Test
    void myWorkShowsOnlyTheOwnDivisionsEntriesAndNothingToATokenWithoutDivision() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        agency.enter(round, OTHERS, 72).statusCode(200);
        agency.enter(round, "IKU-01", 4.2).statusCode(200);
        Function<String, String> myWork = token -> {
            Response response = as(token).when().get("/api/collection/my-work");
            return response.statusCode() != 200 ? status(response)
                    : "200 " + new TreeSet<>(response.jsonPath().<String>getList("items.divisionCode"));
        };
        assertMatrix(agency, "OPERATOR", Map.of("my work", myWork), Map.of("my work", "200 [PERDAGANGAN]"));
        assertMatrix(agency, "DIVISION_HEAD", Map.of("my work", myWork), Map.of("my work", "200 [PERDAGANGAN]"));
    }

    @Test
    void anAgencyWideRoleBesidesOperatorActsForTheWholeAgency() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        String token = DevTokens.sign(DevTokens.claims(new TreeSet<>(List.of("OPERATOR", "SAKIP_TEAM",
                "offline_access")), agency.code, null, "tim.sakip@" + agency.code.toLowerCase()));
        as(token).when().get("/api/collection/rounds/{round}", round).then().statusCode(200)
                .body("items.divisionCode.unique().sort()", equalTo(List.of("METROLOGI", "PERDAGANGAN")));
    }

    /** The reads that show the caller only their own division: which divisions' items they saw. */
    private static Map<String, Function<String, String>> reads(String round) {
        Map<String, Function<String, String>> reads = new LinkedHashMap<>();
        reads.put("read the round", token -> {
            Response response = as(token).when().get("/api/collection/rounds/{round}", round);
            return response.statusCode() != 200 ? status(response)
                    : "200 " + new TreeSet<>(response.jsonPath().<String>getList("items.divisionCode"));
        });
        reads.put("download the worksheet", token -> {
            Response response = given().auth().oauth2(token)
                    .when().get("/api/collection/rounds/{round}/worksheet?format=csv", round);
            if (response.statusCode() != 200) {
                return status(response);
            }
            List<List<String>> rows = PlanFiles.rows(response.asString());
            int division = rows.get(0).indexOf("division_code");
            return "200 " + new TreeSet<>(rows.subList(1, rows.size()).stream().map(row -> row.get(division)).toList());
        });
        return reads;
    }

    private static void assertMatrix(TestAgency agency, String role, Map<String, Function<String, String>> operations,
                                     Map<String, String> expected) {
        assertEquals(Map.of(), DivisionToken.mismatches(role, agency.code, OWN, operations, expected));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String status(Response response) {
        return DivisionToken.outcome(response.statusCode(), response.contentType(),
                response.statusCode() == 403 ? response.jsonPath().getString("detail") : null);
    }
}

package id.go.kinerja.collection.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import id.go.kinerja.collection.TestAgency;
import id.go.kinerja.infrastructure.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The performance plan API: what the admin can build, and what it refuses. */
@QuarkusTest
class PlanApiTest {

    @Test
    void demoAgencyPlanLoadsThroughTheBulkEndpointAndReadsBackAsATree() throws IOException {
        String demo;
        try (InputStream in = getClass().getResourceAsStream("/demo/disdagtrans-2025.json")) {
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String admin = DevTokens.mint("ADMIN", "DISDAGTRANS");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(demo)
                .when().put("/api/collection/plan/2025")
                .then().statusCode(200)
                .body("divisionsCreated", equalTo(4))
                .body("nodesCreated", equalTo(25))
                .body("indicatorsCreated", equalTo(22))
                .body("targets", equalTo(16 * 4 + 6));

        // the same document again changes nothing: everything is "updated", nothing new
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(demo)
                .when().put("/api/collection/plan/2025")
                .then().statusCode(200)
                .body("nodesCreated", equalTo(0)).body("nodesUpdated", equalTo(25))
                .body("indicatorsCreated", equalTo(0)).body("targets", equalTo(70));

        String operator = DevTokens.mint("OPERATOR", "DISDAGTRANS", "METROLOGI");
        given().auth().oauth2(operator)
                .when().get("/api/collection/plan/2025/tree")
                .then().statusCode(200)
                .body("agencyName", equalTo("Dinas Perdagangan dan Transmigrasi"))
                .body("goals.code", contains("T1", "T2", "T3"))
                .body("goals.find { it.code == 'T1' }.children.code", contains("S1", "S2", "S3"))
                .body("goals.find { it.code == 'T1' }.children.find { it.code == 'S2' }.children"
                        + ".find { it.code == '3.30.03' }.budgetCeiling", equalTo(1250000000))
                .body("goals.find { it.code == 'T3' }.children[0].indicators[0].targets[0].grade", equalTo("BB"));
        given().auth().oauth2(operator)
                .when().get("/api/collection/plan/indicators/IKU-01")
                .then().statusCode(200)
                .body("polarity", equalTo("NEGATIVE"))
                .body("periodAggregation", equalTo("AVERAGE"))
                .body("targets[0].year", equalTo(2025))
                .body("targets[0].targets.quarter", contains(1, 2, 3, 4));
        given().auth().oauth2(admin)
                .when().get("/api/collection/divisions")
                .then().statusCode(200)
                .body("items.code", contains("METROLOGI", "PERDAGANGAN", "SEKRETARIAT", "TRANSMIGRASI"));
        given().auth().oauth2(admin)
                .when().get("/api/collection/plan/2025")
                .then().statusCode(200)
                .body("agencyCode", equalTo("DISDAGTRANS"))
                .body("nodes", hasSize(25))
                .body("indicators.find { it.code == 'IKU-02' }.targets[0]", equalTo(
                        Map.of("quarter", 1, "min", 2.5f, "max", 4.5f)));
    }

    @Test
    void nodesMustHangUnderAnExistingParentOfTheLevelJustAbove() {
        TestAgency agency = new TestAgency();
        agency.as("ADMIN").body("""
                {"code": "T1", "level": "GOAL", "name": "Tujuan"}""")
                .when().post("/api/collection/plan/nodes")
                .then().statusCode(201).body("parentCode", nullValue());

        agency.as("ADMIN").body("""
                {"code": "S1", "level": "OBJECTIVE", "name": "Sasaran", "parentCode": "T7"}""")
                .when().post("/api/collection/plan/nodes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("parentCode"))
                .body("errors[0].message", containsString("no plan node T7"));
        agency.as("ADMIN").body("""
                {"code": "3.30.03", "level": "PROGRAM", "name": "Program", "parentCode": "T1"}""")
                .when().post("/api/collection/plan/nodes")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("the parent of a node of level PROGRAM must be of level OBJECTIVE, but T1 is of level GOAL"));
        agency.as("ADMIN").body("""
                {"code": "T2", "level": "GOAL", "name": "Tujuan", "parentCode": "T1"}""")
                .when().post("/api/collection/plan/nodes")
                .then().statusCode(400).body("errors[0].field", equalTo("parentCode"));
        agency.as("ADMIN").body("""
                {"code": "S1", "level": "OBJECTIVE", "name": "Sasaran"}""")
                .when().post("/api/collection/plan/nodes")
                .then().statusCode(400).body("errors[0].message", equalTo("a node of level OBJECTIVE needs a parent of level GOAL"));

        agency.as("ADMIN").body("""
                {"code": "S1", "level": "OBJECTIVE", "name": "Sasaran", "parentCode": "T1"}""")
                .when().post("/api/collection/plan/nodes").then().statusCode(201);
        agency.as("ADMIN").body("""
                {"code": "3.30.03", "level": "PROGRAM", "name": "Program", "parentCode": "S1"}""")
                .when().post("/api/collection/plan/nodes").then().statusCode(201);
        agency.as("ADMIN").body("""
                {"code": "3.30.03", "level": "PROGRAM", "name": "Program lagi", "parentCode": "S1"}""")
                .when().post("/api/collection/plan/nodes")
                .then().statusCode(409).body("detail", equalTo("Plan node 3.30.03 already exists"));

        agency.as("ADMIN").body("{\"amount\": 1250000000}").header("If-Match", "\"0\"")
                .when().put("/api/collection/plan/nodes/3.30.03/budget-ceilings/2025")
                .then().statusCode(200).body("budgetCeilings[0].amount", equalTo(1250000000))
                .header("ETag", equalTo("\"1\"")).body("version", equalTo(1));
        agency.as("ADMIN").body("{\"amount\": 5000}").header("If-Match", "\"0\"")
                .when().put("/api/collection/plan/nodes/S1/budget-ceilings/2025")
                .then().statusCode(400).body("errors[0].message", startsWith("a node of level OBJECTIVE has no budget ceiling"));
        agency.as("ADMIN").body("{\"amount\": -1}").header("If-Match", "\"1\"")
                .when().put("/api/collection/plan/nodes/3.30.03/budget-ceilings/2025")
                .then().statusCode(400).body("errors[0].field", equalTo("amount"));
    }

    @Test
    void indicatorsNeedAKnownNodeAndDivisionAndTargetsThatFitTheirFrequency() {
        TestAgency agency = TestAgency.withPlan();
        String indicator = """
                {"code": "%s", "name": "Jumlah pasar tertib ukur", "unit": "pasar", "nodeCode": "%s",
                 "divisionCode": "%s", "polarity": "POSITIVE", "valueType": "%s", "frequency": "%s",
                 "periodAggregation": "%s"}""";
        agency.as("ADMIN").body(indicator.formatted("IKK-09", "3.30.99", "METROLOGI", "NUMBER", "ANNUAL", "LAST"))
                .when().post("/api/collection/plan/indicators")
                .then().statusCode(400).body("errors.field", contains("nodeCode"));
        agency.as("ADMIN").body(indicator.formatted("IKK-09", "3.30.03.2.01", "GUDANG", "NUMBER", "ANNUAL", "LAST"))
                .when().post("/api/collection/plan/indicators")
                .then().statusCode(400).body("errors[0].message", equalTo("no division GUDANG in this agency"));
        agency.as("ADMIN").body(indicator.formatted("IKK-09", "3.30.03.2.01", "METROLOGI", "PREDICATE", "ANNUAL", "SUM"))
                .when().post("/api/collection/plan/indicators")
                .then().statusCode(400).body("errors[0].field", equalTo("periodAggregation"));
        agency.as("ADMIN").body(indicator.formatted("IKP-01", "3.30.03.2.01", "METROLOGI", "NUMBER", "ANNUAL", "LAST"))
                .when().post("/api/collection/plan/indicators")
                .then().statusCode(409);
        agency.as("ADMIN").body(indicator.formatted("IKK-09", "3.30.03.2.01", "METROLOGI", "NUMBER", "QUARTERLY", "SUM"))
                .when().post("/api/collection/plan/indicators")
                .then().statusCode(201).body("targets", empty()).body("version", equalTo(0));

        String targets = "/api/collection/plan/indicators/IKK-09/targets/2025";
        agency.as("ADMIN").body("{\"targets\": [{\"quarter\": 1, \"value\": 1}, {\"quarter\": 2, \"value\": 1}, "
                        + "{\"quarter\": 3, \"value\": 1}]}").header("If-Match", "\"0\"")
                .when().put(targets)
                .then().statusCode(400).body("errors[0].message", containsString("quarters 1, 2, 3 and 4"));
        agency.as("ADMIN").body(fourQuarters("\"value\": -3")).header("If-Match", "\"0\"")
                .when().put(targets)
                .then().statusCode(400).body("errors.message", everyItem(equalTo("must not be negative")));
        agency.as("ADMIN").body(fourQuarters("\"min\": 9, \"max\": 4")).header("If-Match", "\"0\"")
                .when().put(targets)
                .then().statusCode(400).body("errors[0].message", equalTo("must not be below min"));
        agency.as("ADMIN").body(fourQuarters("\"grade\": \"BB\"")).header("If-Match", "\"0\"")
                .when().put(targets)
                .then().statusCode(400).body("errors[0].message", equalTo("only PREDICATE indicators have grade targets"));
        agency.as("ADMIN").body(fourQuarters("\"value\": 3")).header("If-Match", "\"0\"")
                .when().put(targets)
                .then().statusCode(200).body("version", equalTo(1)).body("targets[0].targets.value", contains(3, 3, 3, 3));
        agency.as("ADMIN").body(fourQuarters("\"value\": 4")).header("If-Match", "\"0\"")
                .when().put(targets)
                .then().statusCode(412).body("code", equalTo("VERSION_STALE"));
        // each year's targets are kept and listed by year; replacing a year's leaves the others as they were
        agency.as("ADMIN").body(fourQuarters("\"value\": 5")).header("If-Match", "\"1\"")
                .when().put("/api/collection/plan/indicators/IKK-09/targets/2026")
                .then().statusCode(200).body("version", equalTo(2));
        agency.as("ADMIN").body(fourQuarters("\"value\": 6").replace("{\"quarter\": 2, \"value\": 6}",
                        "{\"quarter\": 2, \"min\": 5, \"max\": 7}")).header("If-Match", "\"2\"")
                .when().put(targets)
                .then().statusCode(200).body("version", equalTo(3))
                .body("targets.year", contains(2025, 2026))
                .body("targets[0].targets", contains(Map.of("quarter", 1, "value", 6), Map.of("quarter", 2, "min", 5,
                        "max", 7), Map.of("quarter", 3, "value", 6), Map.of("quarter", 4, "value", 6)))
                .body("targets[1].targets.value", contains(5, 5, 5, 5));
        // no targets: the indicator is not collected that year
        agency.as("ADMIN").body("{\"targets\": []}").header("If-Match", "\"3\"")
                .when().put("/api/collection/plan/indicators/IKK-09/targets/2026")
                .then().statusCode(200).body("targets.year", contains(2025));

        String iku02 = agency.etag("/api/collection/plan/indicators/IKU-02");
        agency.as("ADMIN").body("{\"targets\": [{\"quarter\": 2, \"grade\": \"BB\"}]}").header("If-Match", iku02)
                .when().put("/api/collection/plan/indicators/IKU-02/targets/2025")
                .then().statusCode(400).body("errors[0].message", equalTo("an ANNUAL indicator has exactly one target, for quarter 4"));
        agency.as("ADMIN").body("{\"targets\": [{\"value\": 4}]}").header("If-Match", iku02)
                .when().put("/api/collection/plan/indicators/IKU-02/targets/2025")
                .then().statusCode(400).body("errors[0].field", equalTo("targets[0].grade"));
    }

    @Test
    void aPlanDocumentWithOneBadIndicatorWritesNothing() {
        TestAgency agency = new TestAgency();
        String broken = TestAgency.PLAN.replace("\"divisionCode\": \"METROLOGI\", \"polarity\": \"POSITIVE\", "
                + "\"valueType\": \"PREDICATE\"", "\"divisionCode\": \"GUDANG\", \"polarity\": \"POSITIVE\", "
                + "\"valueType\": \"PREDICATE\"");
        agency.as("ADMIN").body(broken)
                .when().put("/api/collection/plan/2025")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("indicators[1].divisionCode"));

        agency.as("ADMIN").when().get("/api/collection/plan/2025")
                .then().statusCode(200).body("nodes", empty()).body("indicators", empty()).body("divisions", empty());

        agency.as("ADMIN").body(TestAgency.PLAN.replace("\"agencyName\"", "\"agencyCode\": \"DISDAGTRANS\", \"agencyName\""))
                .when().put("/api/collection/plan/2025")
                .then().statusCode(400).body("errors[0].field", equalTo("agencyCode"));
        agency.as("ADMIN").body(TestAgency.PLAN.replace("\"parentCode\": \"3.30.03\"", "\"parentCode\": \"T1\""))
                .when().put("/api/collection/plan/2025")
                .then().statusCode(400).body("errors[0].field", equalTo("nodes[3].parentCode"));
    }

    @Test
    void onlyTheAdminOrAnIntegrationChangesThePlan() {
        TestAgency agency = new TestAgency();
        agency.as("OPERATOR", "PERDAGANGAN").body(TestAgency.PLAN)
                .when().put("/api/collection/plan/2025").then().statusCode(403);
        agency.as("SECRETARY").body("{\"code\": \"GUDANG\", \"name\": \"Gudang\"}")
                .when().post("/api/collection/divisions").then().statusCode(403);
        given().contentType(ContentType.JSON).body(TestAgency.PLAN)
                .when().put("/api/collection/plan/2025").then().statusCode(401);
        agency.as("INTEGRATION").body(TestAgency.PLAN)
                .when().put("/api/collection/plan/2025").then().statusCode(200).body("indicatorsCreated", equalTo(4));
    }

    @Test
    void divisionsAreRenamedWithTheETagTheyWereReadAt() {
        TestAgency agency = new TestAgency();
        agency.as("ADMIN").body("{\"code\": \"METROLOGI\", \"name\": \"Bidang Metrologi\"}")
                .when().post("/api/collection/divisions")
                .then().statusCode(201).header("Location", containsString("/api/collection/divisions/METROLOGI"));
        agency.as("ADMIN").body("{\"code\": \"METROLOGI\", \"name\": \"Lagi\"}")
                .when().post("/api/collection/divisions").then().statusCode(409);
        String read = agency.etag("/api/collection/divisions/METROLOGI");
        agency.as("ADMIN").body("{\"name\": \"Bidang Metrologi Legal\"}").header("If-Match", read)
                .when().put("/api/collection/divisions/METROLOGI")
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Bidang Metrologi Legal")).body("version", equalTo(1));
        agency.as("ADMIN").body("{\"name\": \"Bidang Metrologi\"}").header("If-Match", read)
                .when().put("/api/collection/divisions/METROLOGI").then().statusCode(412);
        agency.as("ADMIN").body("{\"name\": \"Bidang Metrologi\"}")
                .when().put("/api/collection/divisions/METROLOGI").then().statusCode(428);
        agency.as("ADMIN").body("{\"name\": \"Bidang Metrologi\", \"version\": 1}").header("If-Match", "\"1\"")
                .when().put("/api/collection/divisions/METROLOGI")
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
        agency.as("ADMIN").when().get("/api/collection/divisions/METROLOGI")
                .then().body("name", equalTo("Bidang Metrologi Legal"));
        agency.as("ADMIN").body("{\"code\": \"metro logi\", \"name\": \"x\"}")
                .when().post("/api/collection/divisions")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void anotherAgencySeesNoneOfThePlan() {
        TestAgency owner = TestAgency.withPlan();
        TestAgency other = new TestAgency();
        other.as("ADMIN").when().get("/api/collection/plan/nodes/3.30.03").then().statusCode(404);
        other.as("ADMIN").when().get("/api/collection/plan/indicators/IKP-01").then().statusCode(404);
        other.as("ADMIN").when().get("/api/collection/plan/indicators").then().statusCode(200).body("items", empty());
        other.as("ADMIN").when().get("/api/collection/plan/2025/tree").then().statusCode(200).body("goals", empty());
        other.as("ADMIN").when().get("/api/collection/divisions").then().statusCode(200).body("total", equalTo(0));
        other.as("ADMIN").when().get("/api/collection/divisions/PERDAGANGAN").then().statusCode(404);
        other.as("ADMIN").body("{\"targets\": []}")
                .when().put("/api/collection/plan/indicators/IKP-01/targets/2025").then().statusCode(404);
        owner.as("AUDITOR").when().get("/api/collection/plan/indicators?divisionCode=METROLOGI")
                .then().statusCode(200).body("items.code", containsInAnyOrder("IKU-02", "IKK-01"));
    }

    @Test
    void badInputIsAProblemNeverAServerError() {
        TestAgency agency = TestAgency.withPlan();
        agency.as("ADMIN").body("{\"code\": \"T5\", \"level\": \"GOAL\", \"name\": \"x\", \"colour\": \"red\"}")
                .when().post("/api/collection/plan/nodes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("colour")).body("errors[0].message", containsString("unknown property"));
        agency.as("ADMIN").body("{\"code\": \"T5\", \"level\": \"PLANET\", \"name\": \"x\"}")
                .when().post("/api/collection/plan/nodes")
                .then().statusCode(400).body("errors[0].field", equalTo("level"));
        agency.as("ADMIN").body("{\"amount\": \"banyak\"}").header("If-Match", "\"0\"")
                .when().put("/api/collection/plan/nodes/3.30.03/budget-ceilings/2025")
                .then().statusCode(400).body("errors[0].field", equalTo("amount"));
        agency.as("ADMIN").body("{\"code\": \"T5\",")
                .when().post("/api/collection/plan/nodes")
                .then().statusCode(400).contentType("application/problem+json");
        agency.as("ADMIN")
                .when().post("/api/collection/plan/nodes")
                .then().statusCode(400).contentType("application/problem+json");
        agency.as("ADMIN").body("[1, 2]")
                .when().put("/api/collection/plan/2025")
                .then().statusCode(400).contentType("application/problem+json");
        agency.as("ADMIN").when().get("/api/collection/plan/1999")
                .then().statusCode(400).contentType("application/problem+json");
        agency.as("ADMIN").when().get("/api/collection/plan/indicators?size=500")
                .then().statusCode(400).body("errors[0].field", containsString("size"));
        agency.as("ADMIN").when().get("/api/collection/plan/indicators?page=abc")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("page: 'abc' is not a whole number"));
        agency.as("ADMIN").when().get("/api/collection/rounds/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("roundId: 'not-a-uuid' is not a UUID"));
        agency.as("ADMIN").when().get("/api/collection/rounds?status=FINISHED")
                .then().statusCode(400).body("detail", containsString("one of OPEN, SUBMITTED"));
        agency.as("ADMIN").when().get("/api/collection/recaps/123/revisions/x")
                .then().statusCode(400);
    }

    private static String fourQuarters(String target) {
        return "{\"targets\": [{\"quarter\": 1, " + target + "}, {\"quarter\": 2, " + target + "}, {\"quarter\": 3, "
                + target + "}, {\"quarter\": 4, " + target + "}]}";
    }
}

package id.go.kinerja.collection.conventions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.go.kinerja.collection.TestAgency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * Every edit of an existing record names the version it was read at (If-Match, the ETag of the read): a stale one is
 * refused with 412 and changes nothing, a missing one with 428, the right one answers the new ETag.
 */
@QuarkusTest
class ConditionalEditsTest {

    @Test
    void twoOperatorsCannotOverwriteEachOthersEntryUnseen() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        String entry = "/api/collection/rounds/" + round + "/entries/IKP-01";
        String read = operator(agency).when().get(entry).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).extract().header("ETag");

        // the first operator saves on what both read
        operator(agency).header("If-Match", read).body("{\"value\": 18}").when().put(entry)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("value", equalTo(18));
        // the second one, on the same read, is told and nothing changes
        operator(agency).header("If-Match", read).body("{\"value\": 20}").when().put(entry)
                .then().statusCode(412).contentType("application/problem+json")
                .body("status", equalTo(412))
                .body("code", equalTo("VERSION_STALE")).body("title", equalTo("Changed since you read it"))
                .body("detail", containsString("Somebody changed this record since you read it"))
                .body("context.record", equalTo("the entry of IKP-01")).body("context.currentETag", equalTo("\"1\""));
        operator(agency).body("{\"value\": 20}").when().put(entry)
                .then().statusCode(428).contentType("application/problem+json")
                .body("code", equalTo("IF_MATCH_REQUIRED")).body("detail", containsString("Send If-Match with the ETag"))
                .body("context.record", equalTo("the entry of IKP-01"));
        operator(agency).header("If-Match", "1").body("{\"value\": 20}").when().put(entry)
                .then().statusCode(400).body("errors[0].field", equalTo("If-Match"));
        // the version no longer travels in the body
        operator(agency).header("If-Match", "\"1\"").body("{\"value\": 20, \"version\": 1}").when().put(entry)
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
        agency.entry(round, "IKP-01").statusCode(200).body("value", equalTo(18)).header("ETag", equalTo("\"1\""));

        // a division head verifying with a stale ETag does not verify a value they have not seen
        agency.as("DIVISION_HEAD", "PERDAGANGAN").header("If-Match", read).body("{\"decision\": \"VERIFY\"}")
                .when().post(entry + "/verification").then().statusCode(412);
        agency.as("DIVISION_HEAD", "PERDAGANGAN").header("If-Match", "\"1\"").body("{\"decision\": \"VERIFY\"}")
                .when().post(entry + "/verification").then().statusCode(200)
                .header("ETag", equalTo("\"2\"")).body("state", equalTo("VERIFIED"));
    }

    @Test
    void planNodesAndIndicatorsAreEditedOnTheVersionRead() {
        TestAgency agency = TestAgency.withPlan();
        String node = "/api/collection/plan/nodes/3.30.03";
        String nodeRead = agency.etag(node);
        agency.as("ADMIN").header("If-Match", nodeRead).body("{\"amount\": 900000000}")
                .when().put(node + "/budget-ceilings/2025").then().statusCode(200)
                .header("ETag", equalTo(next(nodeRead)));
        agency.as("ADMIN").header("If-Match", nodeRead).body("{\"amount\": 1}")
                .when().put(node + "/budget-ceilings/2025").then().statusCode(412);
        agency.as("ADMIN").body("{\"amount\": 1}").when().put(node + "/budget-ceilings/2025").then().statusCode(428);
        agency.as("ADMIN").when().get(node).then().body("budgetCeilings[0].amount", equalTo(900000000));

        String indicator = "/api/collection/plan/indicators/IKP-01";
        String targets = "{\"targets\": [{\"quarter\": 1, \"value\": 1}, {\"quarter\": 2, \"value\": 2}, "
                + "{\"quarter\": 3, \"value\": 3}, {\"quarter\": 4, \"value\": 4}]}";
        String indicatorRead = agency.etag(indicator);
        agency.as("ADMIN").header("If-Match", indicatorRead).body(targets).when().put(indicator + "/targets/2026")
                .then().statusCode(200).header("ETag", equalTo(next(indicatorRead)));
        agency.as("ADMIN").header("If-Match", indicatorRead).body(targets.replace("4}", "40}"))
                .when().put(indicator + "/targets/2026").then().statusCode(412);
        agency.as("ADMIN").body(targets).when().put(indicator + "/targets/2026").then().statusCode(428);
        agency.as("ADMIN").when().get(indicator).then().body("targets.find { it.year == 2026 }.targets[3].value",
                equalTo(4));
        // any of several tags, or *, matches the current one
        agency.as("ADMIN").header("If-Match", "\"99\", " + next(indicatorRead)).body(targets)
                .when().put(indicator + "/targets/2026").then().statusCode(200);
        agency.as("ADMIN").header("If-Match", "*").body(targets)
                .when().put(indicator + "/targets/2026").then().statusCode(200);
    }

    @Test
    void theStandardTimeOfAStepIsItsETag() {
        TestAgency agency = TestAgency.withPlan();
        String step = "/api/collection/sop/steps/A6";
        agency.as("AUDITOR").when().get(step).then().statusCode(200)
                .header("ETag", equalTo("\"2d\"")).body("standardTime", equalTo("2d"));
        agency.as("ADMIN").header("If-Match", "\"2d\"").body("{\"standardTime\": \"3d\"}")
                .when().put(step + "/standard-time").then().statusCode(200).header("ETag", equalTo("\"3d\""));
        agency.as("ADMIN").header("If-Match", "\"2d\"").body("{\"standardTime\": \"1d\"}")
                .when().put(step + "/standard-time").then().statusCode(412);
        agency.as("ADMIN").body("{\"standardTime\": \"1d\"}").when().put(step + "/standard-time").then().statusCode(428);
        agency.as("AUDITOR").when().get(step).then().body("standardTime", equalTo("3d"));
        agency.as("AUDITOR").when().get("/api/collection/sop/steps/A99").then().statusCode(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheHeadersAndAnswers() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/collection/rounds/{roundId}/entries/{indicatorCode}'.put.parameters.name",
                        hasItem("If-Match"))
                .body("paths.'/api/collection/rounds/{roundId}/entries/{indicatorCode}'.put.responses",
                        allOf(hasKey("412"), hasKey("428")))
                .body("paths.'/api/collection/divisions/{code}'.put.responses", allOf(hasKey("412"), hasKey("428")))
                .body("paths.'/api/collection/sop/steps/{step}/standard-time'.put.responses", hasKey("412"))
                .body("paths.'/api/collection/rounds'.post.parameters.name", hasItem("Idempotency-Key"))
                .body("paths.'/api/collection/rounds'.post.responses.'201'.headers", hasKey("Idempotent-Replayed"))
                .body("paths.'/api/collection/rounds'.post", not(hasKey("x-idempotent")));
    }

    private static RequestSpecification operator(TestAgency agency) {
        return agency.as("OPERATOR", "PERDAGANGAN");
    }

    /** The ETag after one change: "3" → "4". */
    private static String next(String etag) {
        return "\"" + (Long.parseLong(etag.replace("\"", "")) + 1) + "\"";
    }
}

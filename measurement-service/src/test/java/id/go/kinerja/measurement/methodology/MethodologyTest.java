package id.go.kinerja.measurement.methodology;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.measurement.support.Api;
import id.go.kinerja.measurement.support.Events;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static org.hamcrest.Matchers.matchesPattern;

/** The measurement methodology per indicator (Kertas Kerja Pengukuran, SOP B4): versioned, validated, required. */
@QuarkusTest
class MethodologyTest {

    private static Map<String, Object> methodology(Object... overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("polarity", "POSITIVE", "valueType", "NUMBER",
                "frequency", "QUARTERLY", "periodAggregation", "SUM", "weight", 2,
                "reason", "Rapat tim SAKIP 12 Maret 2025"));
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    /**
     * A recap of the agency's period, waiting for B1-B4 (SOP B4 comes before measuring): it makes its indicators the
     * agency's, so the team may set their methodology ahead.
     */
    private static String agencyWithAHeldRecap() {
        String agency = Events.newAgency();
        Events.send(Events.RECAP_SUBMITTED, Events.recapSubmitted(UUID.randomUUID(), agency, 1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/recaps")
                .then().statusCode(200).body("items.state", contains("AWAITING_SOP")));
        return agency;
    }

    @Test
    void anIndicatorThatNoRecapOfTheAgencyBroughtIsNotFound() {
        String agency = agencyWithAHeldRecap();
        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).body(methodology())
                .when().put("/api/measurement/methodologies/{code}", "IKU-99")
                .then().statusCode(404).contentType("application/problem+json");
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/methodologies")
                .then().statusCode(200).body("items.indicatorCode", not(hasItem("IKU-99")));

        // another agency's indicator: IKP-02 is the other agency's, measured, and none of this one's
        String other = Events.newAgency();
        UUID otherRecap = UUID.randomUUID();
        Events.submit(Events.recapSubmitted(otherRecap, other, 1));
        Events.awaitMeasured(otherRecap, 1, 1);
        Api.as(Roles.SAKIP_TEAM, Events.newAgency()).contentType(ContentType.JSON).body(methodology())
                .when().put("/api/measurement/methodologies/{code}", "IKP-02")
                .then().statusCode(404);
    }

    @Test
    void aChangeIsANewVersionOfTheVersionReadWithAuthorTimeAndReasonAndEarlierVersionsStay() {
        String agency = agencyWithAHeldRecap();
        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).body(methodology())
                .when().put("/api/measurement/methodologies/{code}", "IKP-02")
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("currentVersion", equalTo(1))
                .body("current.source", equalTo("TEAM"))
                .body("current.author", equalTo("sakip_team@" + agency.toLowerCase()))
                .body("current.createdAt", notNullValue());

        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(methodology("periodAggregation", "LAST", "weight", 1.5, "reason", "Target bersifat kumulatif sendiri"))
                .when().put("/api/measurement/methodologies/{code}", "IKP-02")
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("current.periodAggregation", equalTo("LAST"))
                .body("current.weight", equalTo(new BigDecimal("1.5")))
                .body("current.createdAt", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"));

        Api.as(Roles.AUDITOR, agency)
                .when().get("/api/measurement/methodologies/{code}", "IKP-02")
                .then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("versions.version", contains(2, 1))
                .body("versions.reason", contains("Target bersifat kumulatif sendiri", "Rapat tim SAKIP 12 Maret 2025"))
                .body("versions[1].periodAggregation", equalTo("SUM"));

        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(methodology("reason", "based on a stale read"))
                .when().put("/api/measurement/methodologies/{code}", "IKP-02")
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("code", equalTo("VERSION_STALE")).body("context.currentETag", equalTo("\"2\""));
        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON)
                .body(methodology("reason", "without reading it"))
                .when().put("/api/measurement/methodologies/{code}", "IKP-02")
                .then().statusCode(428)
                .contentType("application/problem+json");
        Api.as(Roles.AUDITOR, agency)
                .when().get("/api/measurement/methodologies/{code}", "IKP-02")
                .then().header("ETag", "\"2\"").body("versions", hasSize(2));
    }

    @Test
    void combinationsTheRulesRefuseAreAnsweredWithTheFieldAndTheReason() {
        String agency = Events.newAgency();
        refused(agency, methodology("valueType", "PREDICATE", "gradeScale", "SAKIP"), "periodAggregation", "SUM");
        refused(agency, methodology("valueType", "PREDICATE", "gradeScale", "SAKIP", "periodAggregation", "AVERAGE"),
                "periodAggregation", "AVERAGE");
        refused(agency, methodology("valueType", "PREDICATE", "periodAggregation", "LAST"), "gradeScale", "grade scale");
        refused(agency, methodology("valueType", "PREDICATE", "periodAggregation", "LAST", "gradeScale", "ISO"),
                "gradeScale", "unknown grade scale");
        refused(agency, methodology("valueType", "PREDICATE", "periodAggregation", "LAST", "gradeScale", "SAKIP",
                "polarity", "NEGATIVE"), "polarity", "POSITIVE");
        refused(agency, methodology("gradeScale", "BPK"), "gradeScale", "only to PREDICATE");
        refused(agency, methodology("negativeFormula", "RATIO"), "negativeFormula", "NEGATIVE");
        refused(agency, methodology("weight", 0), "weight", "");
        refused(agency, methodology("weight", -1), "weight", "");
        refused(agency, methodology("reason", " "), "reason", "");
        refused(agency, methodology("polarity", "UP"), "polarity", "not a valid");
        refused(agency, methodology("weight", "heavy"), "weight", "");
        refused(agency, methodology("weight", "2"), "weight", "");
        refused(agency, methodology("reason", 2025), "reason", "");
        refused(agency, methodology("colour", "red"), "colour", "unknown property");

        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON)
                .when().put("/api/measurement/methodologies/{code}", "IKP-02")
                .then().statusCode(400).contentType("application/problem+json");
        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).body("{\"polarity\": ")
                .when().put("/api/measurement/methodologies/{code}", "IKP-02")
                .then().statusCode(400).contentType("application/problem+json");
        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).header("If-Match", "yesterday")
                .body(methodology())
                .when().put("/api/measurement/methodologies/{code}", "IKP-02")
                .then().statusCode(400).body("errors.field", hasItem("If-Match"));
        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).body(methodology())
                .when().put("/api/measurement/methodologies/{code}", "IKP 02;drop")
                .then().statusCode(400);
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/methodologies/{code}", "IKP-02")
                .then().statusCode(404);
    }

    @Test
    void onlyTheSakipTeamSetsMethodologies() {
        String agency = Events.newAgency();
        Api.as(Roles.SECRETARY, agency).contentType(ContentType.JSON).body(methodology())
                .when().put("/api/measurement/methodologies/{code}", "IKP-02")
                .then().statusCode(403);
        Api.anonymous().contentType(ContentType.JSON).body(methodology())
                .when().put("/api/measurement/methodologies/{code}", "IKP-02")
                .then().statusCode(401);
        Api.as(Roles.OPERATOR, agency, "PERDAGANGAN")
                .when().get("/api/measurement/methodologies")
                .then().statusCode(403);
    }

    @Test
    void aRecapWithAnIndicatorWithoutMethodologyIsHeldBackUntilTheTeamSetsIt() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        ObjectNode submitted = Events.recapSubmitted(recapId, agency, 1);
        // the plan's hints contradict the rules (SUM of grades): no methodology can be taken from them
        Events.item(submitted, "IKS-03").put("periodAggregation", "SUM");
        Events.submit(submitted);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                Api.as(Roles.SAKIP_TEAM, agency)
                        .when().get("/api/measurement/recaps/{id}", recapId)
                        .then().statusCode(200)
                        .body("recapState", equalTo("AWAITING_METHODOLOGY"))
                        .body("forwarded", equalTo(false))
                        .body("methodologyMissing", contains("IKS-03"))
                        .body("items.find { it.indicatorCode == 'IKS-03' }.result.status", equalTo("METHODOLOGY_MISSING")));
        Api.as(Roles.SAKIP_TEAM, agency)
                .queryParam("status", "MISSING")
                .when().get("/api/measurement/methodologies")
                .then().statusCode(200)
                .body("items.indicatorCode", contains("IKS-03"))
                .body("items[0].indicatorName", equalTo("Nilai SAKIP Dinas"))
                .body("items[0].currentVersion", equalTo(0));
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().post("/api/measurement/recaps/{id}/remeasure", recapId)
                .then().statusCode(409)
                .body("context.indicators", contains("IKS-03"));

        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON)
                .body(methodology("valueType", "PREDICATE", "frequency", "ANNUAL", "periodAggregation", "LAST",
                        "gradeScale", "SAKIP", "weight", 1, "reason", "Nilai SAKIP diukur sebagai predikat"))
                .when().put("/api/measurement/methodologies/{code}", "IKS-03")
                .then().statusCode(200).body("currentVersion", equalTo(1));
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().post("/api/measurement/recaps/{id}/remeasure", recapId)
                .then().statusCode(200)
                .body("forwarded", equalTo(true))
                .body("recapState", equalTo("MEASURED"));

        JsonNode measured = Events.awaitMeasured(recapId, 1, 2);
        assertEquals(1, Events.find(measured.get("items"), "indicatorCode", "IKS-03").get("result")
                .get("methodologyVersion").asInt());
        assertTrue(Events.allMeasured(recapId, Duration.ofSeconds(1)).stream()
                .noneMatch(event -> event.get("measuredRevision").asInt() == 1), "the held measurement never left");
        Api.as(Roles.SAKIP_TEAM, agency)
                .queryParam("status", "MISSING")
                .when().get("/api/measurement/methodologies")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void theListIsPagedAndSearchable() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        Events.submit(Events.recapSubmitted(recapId, agency, 1));
        Events.awaitMeasured(recapId, 1, 1);

        Api.as(Roles.HEAD, agency)
                .queryParam("size", 3).queryParam("page", 1)
                .when().get("/api/measurement/methodologies")
                .then().statusCode(200)
                .body("total", equalTo(7))
                .body("items.indicatorCode", contains("IKS-01", "IKS-02", "IKS-03"));
        Api.as(Roles.HEAD, agency)
                .queryParam("q", "harga")
                .when().get("/api/measurement/methodologies")
                .then().statusCode(200)
                .body("items.indicatorCode", contains("IKP-03", "IKS-02"));
        Api.as(Roles.HEAD, agency)
                .queryParam("size", 500)
                .when().get("/api/measurement/methodologies")
                .then().statusCode(400);
        Api.as(Roles.HEAD, agency)
                .queryParam("status", "SOMETIMES")
                .when().get("/api/measurement/methodologies")
                .then().statusCode(400).body("errors.field", hasItem("status"));
    }

    private static void refused(String agency, Map<String, Object> body, String field, String message) {
        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).body(body)
                .when().put("/api/measurement/methodologies/{code}", "IKP-02")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("detail", containsString(message));
    }
}

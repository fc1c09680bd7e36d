package id.go.kinerja.measurement.recap;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.measurement.support.Api;
import id.go.kinerja.measurement.support.Events;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The Secretary's return to MEASUREMENT (SOP B8): the returned methodology reopens for the team, a
 * new version is saved, the same revision is measured again and goes back to the Secretary; what
 * was approved never changes.
 */
@QuarkusTest
class ReturnAndRemeasureTest {

    private static final Map<String, Object> RATIO = Map.of("polarity", "NEGATIVE", "valueType", "PERCENT",
            "frequency", "QUARTERLY", "periodAggregation", "AVERAGE", "negativeFormula", "RATIO", "weight", 1,
            "reason", "Sekretaris: gunakan rumus rasio untuk indikator negatif");

    @Test
    void returnedMethodologyIsFixedRemeasuredAndSentBackAsTheNextMeasuredRevision() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        Events.submit(Events.recapSubmitted(recapId, agency, 1));
        Events.awaitMeasured(recapId, 1, 1);
        remeasure(agency, recapId).statusCode(409).body("detail", containsString("nothing to remeasure"));

        Events.send(Events.RECAP_RETURNED, Events.recapReturned(recapId, agency, 1, "IKS-02:MEASUREMENT"));
        awaitState(agency, recapId, "RETURNED");
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/recaps/{id}/reopened", recapId)
                .then().statusCode(200)
                .body("revision", equalTo(1))
                .body("note", equalTo("Indikator negatif perlu diperbaiki"))
                .body("items.indicatorCode", contains("IKS-02"))
                .body("items[0].reason", equalTo("Perbaiki IKS-02"))
                .body("items[0].methodologyVersionAtReturn", equalTo(1))
                .body("items[0].fixed", equalTo(false));
        remeasure(agency, recapId).statusCode(409)
                .body("context.indicators", contains("IKS-02"));

        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).body(RATIO)
                .header("If-Match", Api.methodologyETag(agency, "IKS-02"))
                .when().put("/api/measurement/methodologies/{code}", "IKS-02")
                .then().statusCode(200).body("currentVersion", equalTo(2));
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/recaps/{id}/reopened", recapId)
                .then().statusCode(200)
                .body("items[0].currentMethodologyVersion", equalTo(2))
                .body("items[0].fixed", equalTo(true));

        remeasure(agency, recapId).statusCode(200)
                .body("revision", equalTo(1))
                .body("measuredRevision", equalTo(2))
                .body("trigger", equalTo("REMEASURED"))
                .body("measuredBy", equalTo("sakip_team@" + agency.toLowerCase()))
                .body("items.find { it.indicatorCode == 'IKS-02' }.result.achievement", equalTo(new BigDecimal("81.97")));

        JsonNode again = Events.awaitMeasured(recapId, 1, 2);
        JsonNode priceVariation = Events.find(again.get("items"), "indicatorCode", "IKS-02").get("result");
        assertEquals("81.97", priceVariation.get("achievement").asText(), "RATIO: 5 / 6.1");
        assertEquals("NEGATIVE_RATIO", priceVariation.get("rule").asText());
        assertEquals(2, priceVariation.get("methodologyVersion").asInt());
        assertEquals("SAKIP_TEAM", again.get("actor").get("role").asText());
        assertEquals(1, Events.find(again.get("items"), "indicatorCode", "IKP-02").get("result").get("methodologyVersion").asInt());

        Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/recaps/{id}/reopened", recapId)
                .then().statusCode(200).body("recapState", equalTo("MEASURED")).body("items", empty());
        remeasure(agency, recapId).statusCode(409);
        Api.as(Roles.SECRETARY, agency)
                .queryParam("measuredRevision", 1)
                .when().get("/api/measurement/recaps/{id}/revisions/1", recapId)
                .then().statusCode(200)
                .body("items.find { it.indicatorCode == 'IKS-02' }.result.achievement", equalTo(78));
    }

    @Test
    void approvedResultsAreFrozen() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        Events.submit(Events.recapSubmitted(recapId, agency, 1));
        Events.awaitMeasured(recapId, 1, 1);

        Events.send(Events.RECAP_APPROVED, Events.recapApproved(recapId, agency, 1));
        awaitState(agency, recapId, "APPROVED");
        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).body(RATIO)
                .header("If-Match", Api.methodologyETag(agency, "IKS-02"))
                .when().put("/api/measurement/methodologies/{code}", "IKS-02")
                .then().statusCode(200);
        remeasure(agency, recapId).statusCode(409).body("detail", containsString("frozen"));
        // a late return of the approved revision changes nothing either
        Events.send(Events.RECAP_RETURNED, Events.recapReturned(recapId, agency, 1, "IKS-02:MEASUREMENT"));
        Events.submit(Events.recapSubmitted(recapId, agency, 2));

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                Api.as(Roles.HEAD, agency)
                        .when().get("/api/measurement/recaps/{id}", recapId)
                        .then().statusCode(200)
                        .body("recapState", equalTo("APPROVED"))
                        .body("frozen", equalTo(true))
                        .body("history.measuredRevision", contains(1))
                        .body("items.find { it.indicatorCode == 'IKS-02' }.result.achievement",
                                equalTo(78))
                        .body("items.find { it.indicatorCode == 'IKS-02' }.result.methodologyVersion", equalTo(1)));
        remeasure(agency, recapId).statusCode(409);
    }

    @Test
    void itemsReturnedToCollectionComeBackAsANewRevisionMeasuredWithTheCurrentMethodologies() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        Events.submit(Events.recapSubmitted(recapId, agency, 1));
        Events.awaitMeasured(recapId, 1, 1);

        Events.send(Events.RECAP_RETURNED, Events.recapReturned(recapId, agency, 1, "IKP-02:COLLECTION"));
        awaitState(agency, recapId, "RETURNED");
        remeasure(agency, recapId).statusCode(409).body("detail", containsString("No item of revision 1 was returned to MEASUREMENT"));

        Events.submit(Events.recapSubmitted(recapId, agency, 2));
        Events.awaitMeasured(recapId, 2, 1);
        Events.send(Events.RECAP_RETURNED,
                Events.recapReturned(recapId, agency, 2, "IKP-02:COLLECTION", "IKS-02:MEASUREMENT"));
        awaitState(agency, recapId, "RETURNED");
        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).body(RATIO)
                .header("If-Match", Api.methodologyETag(agency, "IKS-02"))
                .when().put("/api/measurement/methodologies/{code}", "IKS-02")
                .then().statusCode(200);
        remeasure(agency, recapId).statusCode(409)
                .body("detail", containsString("also went back to COLLECTION"))
                .body("context.indicators", contains("IKP-02"));

        Events.submit(Events.recapSubmitted(recapId, agency, 3));
        JsonNode revision3 = Events.awaitMeasured(recapId, 3, 1);
        JsonNode priceVariation = Events.find(revision3.get("items"), "indicatorCode", "IKS-02").get("result");
        assertEquals("81.97", priceVariation.get("achievement").asText());
        assertEquals(2, priceVariation.get("methodologyVersion").asInt());
    }

    private static io.restassured.response.ValidatableResponse remeasure(String agency, UUID recapId) {
        return Api.as(Roles.SAKIP_TEAM, agency)
                .when().post("/api/measurement/recaps/{id}/remeasure", recapId)
                .then();
    }

    private static void awaitState(String agency, UUID recapId, String state) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                Api.as(Roles.SAKIP_TEAM, agency)
                        .when().get("/api/measurement/recaps/{id}", recapId)
                        .then().statusCode(200).body("recapState", equalTo(state)));
    }
}

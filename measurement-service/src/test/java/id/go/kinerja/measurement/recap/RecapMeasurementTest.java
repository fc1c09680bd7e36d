package id.go.kinerja.measurement.recap;

import static id.go.kinerja.measurement.support.Events.find;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.measurement.support.Api;
import id.go.kinerja.measurement.support.Events;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A submitted recap is measured by the rules of docs/measurement.md, sent on to approval, and served over REST. */
@QuarkusTest
class RecapMeasurementTest {

    @Test
    void submittedRecapIsMeasuredRolledUpAndSentToTheSecretary() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        ObjectNode submitted = Events.recapSubmitted(recapId, agency, 1);

        Events.submit(submitted);
        JsonNode measured = Events.awaitMeasured(recapId, 1, 1);

        assertEquals("RecapMeasured", measured.get("eventType").asText());
        assertEquals(agency, measured.get("agencyCode").asText());
        assertEquals("Dinas Perdagangan dan Transmigrasi", measured.get("agencyName").asText());
        assertEquals(2025, measured.get("year").asInt());
        assertEquals(1, measured.get("quarter").asInt());

        JsonNode training = find(measured.get("items"), "indicatorCode", "IKP-02").get("result");
        assertEquals("OK", training.get("status").asText());
        assertEquals("80.00", training.get("achievement").asText(), "SUM indicator: 20 of 25 traders trained");
        assertEquals("TINGGI", training.get("predicate").asText());
        assertEquals("POSITIVE_RATIO", training.get("rule").asText());
        assertEquals("R / T × 100", training.get("formula").asText());
        assertEquals(0, new BigDecimal("25").compareTo(training.get("target").get("value").decimalValue()));
        assertEquals(0, new BigDecimal("20").compareTo(training.get("realisation").get("value").decimalValue()));
        assertEquals(1, training.get("methodologyVersion").asInt());

        JsonNode priceVariation = find(measured.get("items"), "indicatorCode", "IKS-02").get("result");
        assertEquals("78.00", priceVariation.get("achievement").asText(), "NEGATIVE, DIFFERENCE: (2×5 − 6.1) / 5");
        assertEquals("TINGGI", priceVariation.get("predicate").asText());
        assertEquals("NEGATIVE_DIFFERENCE", priceVariation.get("rule").asText());

        assertEquals("97.50", find(measured.get("items"), "indicatorCode", "IKT-01").get("result").get("achievement").asText());
        JsonNode annualRange = find(measured.get("items"), "indicatorCode", "IKK-01").get("result");
        assertEquals("NOT_EVALUABLE", annualRange.get("status").asText(), "an annual indicator has no number at Q1");
        assertTrue(annualRange.get("achievement").isNull());
        assertTrue(annualRange.get("predicate").isNull());

        JsonNode objective = find(measured.get("nodes"), "code", "S1").get("rollUp");
        assertEquals("96.67", objective.get("achievement").asText(), "the annual SAKIP grade is left out of the mean");
        assertEquals(1, objective.get("evaluatedIndicators").asInt());
        assertEquals(1, objective.get("leftOutIndicators").asInt());
        JsonNode program = find(measured.get("nodes"), "code", "3.30.02").get("rollUp");
        assertEquals("80.00", program.get("achievement").asText());
        assertEquals("25.00", program.get("budgetAbsorption").asText(), "312,500,000 of a 1,250,000,000 pagu");
        JsonNode activity = find(measured.get("nodes"), "code", "3.30.02.1.01").get("rollUp");
        assertEquals("NOT_EVALUABLE", activity.get("status").asText());
        assertEquals("27.45", activity.get("budgetAbsorption").asText());
        assertTrue(find(measured.get("nodes"), "code", "T1").get("rollUp").get("budgetAbsorption").isNull());

        JsonNode objectives = find(measured.get("levelSummaries"), "level", "OBJECTIVE");
        assertEquals("87.34", objectives.get("achievement").asText(), "mean of 96.67 and 78.00");
        assertEquals(1, objectives.get("predicateCounts").get("SANGAT_TINGGI").asInt());
        assertEquals(1, objectives.get("predicateCounts").get("TINGGI").asInt());
        assertEquals("90.00", find(measured.get("levelSummaries"), "level", "PROGRAM").get("achievement").asText());
        assertEquals("NOT_EVALUABLE", find(measured.get("levelSummaries"), "level", "ACTIVITY").get("status").asText());
        assertEquals("87.34", measured.get("headlineAchievement").asText());
        assertEquals(1, measured.get("measuredRevision").asInt());
        assertEquals("RKPD_5", measured.get("predicateScale").get("name").asText());

        JsonNode carried = find(measured.get("items"), "indicatorCode", "IKT-01").get("realisations").get(0);
        assertEquals("division_head.sekretariat@disdagtrans", carried.get("verifiedBy").asText());
        assertEquals("dms://survei/2025-q1.pdf", carried.get("evidence").get(0).asText());
        assertFalse(measured.has("submissionChannel"), "fields measurement does not know are not passed on");

        Api.as(Roles.SECRETARY, agency)
                .when().get("/api/measurement/recaps/{id}", recapId)
                .then().statusCode(200)
                .body("recapState", equalTo("MEASURED"))
                .body("revision", equalTo(1))
                .body("measuredRevision", equalTo(1))
                .body("forwarded", equalTo(true))
                .body("headlineAchievement", equalTo(new BigDecimal("87.34")))
                .body("items.find { it.indicatorCode == 'IKP-02' }.result.achievement", equalTo(80))
                .body("nodes.find { it.code == '3.30.03' }.rollUp.budgetAbsorption", equalTo(new BigDecimal("18.75")))
                .body("methodologyMissing", empty())
                .body("history.measuredRevision", contains(1));

        Api.as(Roles.AUDITOR, agency)
                .when().get("/api/measurement/recaps/{id}/revisions/1", recapId)
                .then().statusCode(200)
                .body("items.find { it.indicatorCode == 'IKS-02' }.result.predicate", equalTo("TINGGI"));

        Api.as(Roles.HEAD, agency)
                .queryParam("year", 2025).queryParam("quarter", 1)
                .when().get("/api/measurement/recaps")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].recapId", equalTo(recapId.toString()))
                .body("items[0].headlineAchievement", equalTo(new BigDecimal("87.34")))
                .body("items[0].itemCount", equalTo(7));
        Api.as(Roles.HEAD, agency)
                .queryParam("quarter", 2)
                .when().get("/api/measurement/recaps")
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void aNoDataAnswerIsMeasuredIncompleteWithItsReasonAndLeftOutOfTheRollUp() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        ObjectNode submitted = Events.recapSubmitted(recapId, agency, 1);
        String reason = "Pelatihan triwulan I ditunda, daftar hadir belum ada";
        ObjectNode training = (ObjectNode) Events.item(submitted, "IKP-02").get("realisations").get(0);
        training.remove("value");
        training.put("noData", true).put("noDataReason", reason);

        Events.submit(submitted);
        JsonNode measured = Events.awaitMeasured(recapId, 1, 1);

        JsonNode item = find(measured.get("items"), "indicatorCode", "IKP-02");
        JsonNode result = item.get("result");
        assertEquals("INCOMPLETE", result.get("status").asText(), "no data is a missing realisation, not 0 %");
        assertEquals("MISSING_REALISATION", result.get("rule").asText());
        assertTrue(result.get("achievement").isNull());
        assertTrue(result.get("realisation").isNull());
        assertEquals("quarter 1: no data (" + reason + ")", result.get("note").asText());
        assertTrue(item.get("realisations").get(0).get("noData").asBoolean(), "the answer is carried on to approval");
        assertEquals(reason, item.get("realisations").get(0).get("noDataReason").asText());
        JsonNode program = find(measured.get("nodes"), "code", "3.30.02").get("rollUp");
        assertEquals("NOT_EVALUABLE", program.get("status").asText(), "its only indicator has no number");
        assertEquals(1, program.get("leftOutIndicators").asInt());

        Api.as(Roles.SECRETARY, agency)
                .when().get("/api/measurement/recaps/{id}/worksheet", recapId)
                .then().statusCode(200)
                .body("indicators.find { it.code == 'IKP-02' }.status", equalTo("INCOMPLETE"))
                .body("indicators.find { it.code == 'IKP-02' }.note", equalTo("quarter 1: no data (" + reason + ")"));
    }

    @Test
    void everyResultRecordsTheMethodologyVersionTakenFromThePlanHints() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        Events.submit(Events.recapSubmitted(recapId, agency, 1));
        Events.awaitMeasured(recapId, 1, 1);

        Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/methodologies/{code}", "IKS-03")
                .then().statusCode(200)
                .body("status", equalTo("DEFINED"))
                .body("currentVersion", equalTo(1))
                .body("current.source", equalTo("PLAN_HINTS"))
                .body("current.reason", equalTo("taken from the plan (hints)"))
                .body("current.gradeScale", equalTo("SAKIP"))
                .body("versions.version", contains(1));
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/recaps/{id}", recapId)
                .then().statusCode(200)
                .body("items.result.methodologyVersion", not(hasItem(nullValue())));
    }

    @Test
    void operatorsSeeOnlyTheItemsOfTheirOwnDivision() {
        String agency = Events.newAgency();
        UUID recapId = UUID.randomUUID();
        Events.submit(Events.recapSubmitted(recapId, agency, 1));
        Events.awaitMeasured(recapId, 1, 1);

        Api.as(Roles.OPERATOR, agency, "METROLOGI")
                .when().get("/api/measurement/recaps/{id}", recapId)
                .then().statusCode(200)
                .body("items.indicatorCode", contains("IKK-01"))
                .body("nodes.code", contains("3.30.02.1.01"))
                .body("levelSummaries", empty())
                .body("headlineAchievement", nullValue());
        Api.as(Roles.DIVISION_HEAD, agency, "SEKRETARIAT")
                .when().get("/api/measurement/recaps")
                .then().statusCode(200)
                .body("items[0].headlineAchievement", nullValue());
    }
}

package id.go.kinerja.measurement.methodology;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.infrastructure.InMemoryDelivery;
import id.go.kinerja.infrastructure.contracts.EventContracts;
import id.go.kinerja.measurement.recap.ConsumerDecisionsTest;
import id.go.kinerja.measurement.recap.RecapSubmittedConsumer;
import id.go.kinerja.measurement.support.Api;
import id.go.kinerja.measurement.support.Events;
import id.go.kinerja.measurement.support.MeasurementSop;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Measurement knows the plan: a published plan version (collection's PlanPublished sample, delivered in memory) makes
 * its indicators known with names, units and a draft before any recap; a methodology that departs from the plan must
 * be acknowledged; drafts are confirmed and many methodologies saved at once, as JSON or the methodology sheet.
 */
@QuarkusTest
@TestProfile(ConsumerDecisionsTest.InMemoryChannels.class)
class PlanKnownTest {

    private static final String METHODOLOGIES = "/api/measurement/methodologies";

    private final String agency = Events.newAgency();

    private void publishPlan() {
        ObjectNode event = (ObjectNode) read(EventContracts.sample("PlanPublished"));
        event.put("eventId", UUID.randomUUID().toString());
        event.put("agencyCode", agency);
        assertTrue(InMemoryDelivery.answer(PlanPublishedConsumer.CHANNEL, PlanPublishedConsumer.TOPIC, agency,
                event.toString()).isEmpty(), "the plan was refused");
    }

    private static JsonNode read(String json) {
        try {
            return Events.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> methodology(Object... overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("polarity", "POSITIVE", "valueType", "NUMBER",
                "frequency", "QUARTERLY", "periodAggregation", "SUM", "reason", "Rapat tim SAKIP (B4)"));
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    @Test
    void aPublishedPlanShowsItsIndicatorsWithNamesUnitsAndDraftsBeforeAnyRecap() {
        publishPlan();

        Api.as(Roles.SAKIP_TEAM, agency).when().get(METHODOLOGIES)
                .then().statusCode(200)
                .body("items.indicatorCode", contains("IKP-02", "IKP-07", "IKS-01"))
                .body("items.indicatorName", contains("Jumlah pelaku usaha yang mengikuti pelatihan",
                        "Koefisien variasi harga barang kebutuhan pokok", "Nilai evaluasi akuntabilitas kinerja"))
                .body("items.unit", contains("orang", "%", "predikat"))
                .body("items.status", contains("DRAFT", "DRAFT", "DRAFT"))
                .body("items[0].plan.level", equalTo("PROGRAM"))
                .body("items[0].draft.frequency", equalTo("QUARTERLY"))
                .body("items[0].draft.complete", equalTo(true))
                .body("items[1].draft.polarity", equalTo("NEGATIVE"));
        // drafts are no MISSING methodology: B4 can still be declared, recaps are not held for them
        Api.as(Roles.SAKIP_TEAM, agency).queryParam("status", "MISSING").when().get(METHODOLOGIES)
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aMethodologyOfAnIndicatorNeitherPlanNorRecapBroughtIsNotFound() {
        publishPlan();

        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).body(methodology())
                .when().put(METHODOLOGIES + "/{code}", "IKP-20")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aMethodologyThatDepartsFromThePlanIsRefusedUntilAcknowledged() {
        publishPlan();
        Map<String, Object> departing = methodology("polarity", "NEGATIVE", "frequency", "ANNUAL",
                "periodAggregation", "LAST");

        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).body(departing)
                .when().put(METHODOLOGIES + "/{code}", "IKP-02")
                .then().statusCode(409)
                .body("context.warnings.field", containsInAnyOrder("polarity", "frequency", "periodAggregation"))
                .body("context.warnings.find { it.field == 'frequency' }.plan", equalTo("QUARTERLY"));

        departing.put("acknowledgedWarnings", true);
        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).body(departing)
                .when().put(METHODOLOGIES + "/{code}", "IKP-02")
                .then().statusCode(200)
                .body("currentVersion", equalTo(1))
                .body("warnings.field", containsInAnyOrder("polarity", "frequency", "periodAggregation"))
                .body("draft", nullValue());

        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON).body(methodology()).header("If-Match", "\"1\"")
                .when().put(METHODOLOGIES + "/{code}", "IKP-02")
                .then().statusCode(200).body("currentVersion", equalTo(2)).body("warnings", nullValue());
    }

    @Test
    void confirmingDraftsMakesThemTheMethodologyAllOrNone() {
        publishPlan();

        // one code without an open draft refuses the whole confirmation
        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON)
                .body(Map.of("indicatorCodes", List.of("IKP-02", "IKP-99"), "reason", "Ditinjau (B4)"))
                .when().post(METHODOLOGIES + "/drafts/confirm")
                .then().statusCode(422)
                .body("context.summary.rows.outcome", contains("SAVED", "REJECTED"));
        Api.as(Roles.SAKIP_TEAM, agency).when().get(METHODOLOGIES + "/{code}", "IKP-02")
                .then().statusCode(200).body("currentVersion", equalTo(0));

        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON)
                .body(Map.of("indicatorCodes", List.of("IKP-02", "IKP-07"), "reason", "Ditinjau (B4)"))
                .when().post(METHODOLOGIES + "/drafts/confirm")
                .then().statusCode(200).body("saved", equalTo(2));
        Api.as(Roles.SAKIP_TEAM, agency).when().get(METHODOLOGIES + "/{code}", "IKP-07")
                .then().statusCode(200)
                .body("status", equalTo("DEFINED"))
                .body("current.source", equalTo("PLAN_DRAFT"))
                .body("current.polarity", equalTo("NEGATIVE"))
                .body("current.periodAggregation", equalTo("AVERAGE"))
                .body("draft", nullValue());
        // the predicate's grade scale comes from the grades its targets use
        Api.as(Roles.SAKIP_TEAM, agency).when().get(METHODOLOGIES + "/{code}", "IKS-01")
                .then().body("draft.gradeScale", equalTo("SAKIP")).body("draft.complete", equalTo(true));
    }

    @Test
    void aBulkSaveIsAllOrNothingWithARowByRowReport() {
        publishPlan();
        Map<String, Object> good = new HashMap<>(methodology());
        good.remove("reason");
        good.put("indicatorCode", "IKP-02");
        Map<String, Object> unknown = new HashMap<>(good);
        unknown.put("indicatorCode", "IKP-99");

        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON)
                .body(Map.of("reason", "Rapat B4", "methodologies", List.of(good, unknown)))
                .when().post(METHODOLOGIES + "/bulk")
                .then().statusCode(422)
                .body("context.summary.rows.outcome", contains("SAVED", "REJECTED"))
                .body("context.summary.rows[1].errors[0].field", equalTo("indicatorCode"));
        Api.as(Roles.SAKIP_TEAM, agency).when().get(METHODOLOGIES + "/{code}", "IKP-02")
                .then().body("currentVersion", equalTo(0));

        Api.as(Roles.SAKIP_TEAM, agency).contentType(ContentType.JSON)
                .body(Map.of("reason", "Rapat B4", "methodologies", List.of(good)))
                .when().post(METHODOLOGIES + "/bulk")
                .then().statusCode(200).body("saved", equalTo(1)).body("rows[0].version", equalTo(1));
    }

    @Test
    void theMethodologySheetGoesOutPrefilledAndComesBackAsABulkSave() throws IOException {
        publishPlan();
        byte[] sheet = Api.as(Roles.SAKIP_TEAM, agency).when().get(METHODOLOGIES + "/sheet")
                .then().statusCode(200).contentType(MethodologySheet.MEDIA_TYPE)
                .extract().asByteArray();
        byte[] edited;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            Sheet rows = workbook.getSheet(MethodologySheet.SHEET);
            DataFormatter cells = new DataFormatter();
            assertEquals("Kode Indikator", cells.formatCellValue(rows.getRow(0).getCell(0)));
            Row first = rows.getRow(1);
            assertEquals("IKP-02", cells.formatCellValue(first.getCell(0)));
            assertEquals("orang", cells.formatCellValue(first.getCell(2)));
            assertEquals("QUARTERLY", cells.formatCellValue(first.getCell(5)));
            assertEquals("1", cells.formatCellValue(first.getCell(8)));
            rows.getRow(3).getCell(8).setCellValue("2"); // IKS-01 weighs twice
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            edited = out.toByteArray();
        }

        Api.as(Roles.SAKIP_TEAM, agency).contentType(MethodologySheet.MEDIA_TYPE).body(edited)
                .queryParam("reason", "Kertas kerja B4")
                .when().post(METHODOLOGIES + "/bulk")
                .then().statusCode(200)
                .body("saved", equalTo(3))
                .body("rows.row", contains(2, 3, 4));
        Api.as(Roles.SAKIP_TEAM, agency).when().get(METHODOLOGIES + "/{code}", "IKP-07")
                .then().body("current.polarity", equalTo("NEGATIVE")).body("current.frequency", equalTo("QUARTERLY"));
        Api.as(Roles.SAKIP_TEAM, agency).when().get(METHODOLOGIES + "/{code}", "IKS-01")
                .then().body("current.gradeScale", equalTo("SAKIP")).body("current.weight", equalTo(2));

        // the same sheet again changes nothing
        Api.as(Roles.SAKIP_TEAM, agency).contentType(MethodologySheet.MEDIA_TYPE).body(edited)
                .queryParam("reason", "Kertas kerja B4")
                .when().post(METHODOLOGIES + "/bulk")
                .then().statusCode(200).body("unchanged", equalTo(3));
    }

    @Test
    void theWorksheetComesAsAnXlsxWorkbookWithTheMeasuredFigures() throws IOException {
        MeasurementSop.ready(agency, 2025, 1);
        UUID recapId = UUID.randomUUID();
        assertTrue(InMemoryDelivery.answer(RecapSubmittedConsumer.CHANNEL, RecapSubmittedConsumer.CHANNEL,
                recapId.toString(), Events.recapSubmitted(recapId, agency, 1).toString()).isEmpty());
        JsonNode json = read(Api.as(Roles.SAKIP_TEAM, agency).when()
                .get("/api/measurement/recaps/{id}/worksheet", recapId).then().statusCode(200).extract().asString());

        byte[] xlsx = Api.as(Roles.SAKIP_TEAM, agency).queryParam("format", "xlsx").when()
                .get("/api/measurement/recaps/{id}/worksheet", recapId)
                .then().statusCode(200).contentType(MethodologySheet.MEDIA_TYPE).extract().asByteArray();

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter cells = new DataFormatter();
            Sheet cover = workbook.getSheet("Kertas Kerja");
            assertEquals("Triwulan I Tahun 2025", cells.formatCellValue(cover.getRow(3).getCell(1)));
            assertTrue(cells.formatCellValue(cover.getRow(6).getCell(1)).endsWith(" WIB"));
            Sheet indicators = workbook.getSheet("Indikator");
            assertEquals("Capaian (%)", cells.formatCellValue(indicators.getRow(0).getCell(9)));
            JsonNode items = json.get("indicators");
            for (int i = 0; i < items.size(); i++) {
                Row row = indicators.getRow(i + 1);
                assertEquals(items.get(i).get("code").asText(), row.getCell(0).getStringCellValue());
                JsonNode achievement = items.get(i).get("achievement");
                if (achievement != null && !achievement.isNull()) {
                    assertEquals(0, achievement.decimalValue().setScale(2, java.math.RoundingMode.HALF_UP)
                            .compareTo(new BigDecimal(cells.formatCellValue(row.getCell(9)).replace(",", ""))),
                            () -> "achievement of " + row.getCell(0));
                }
            }
        }
    }
}

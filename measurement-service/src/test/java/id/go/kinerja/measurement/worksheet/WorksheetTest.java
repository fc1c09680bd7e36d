package id.go.kinerja.measurement.worksheet;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.infrastructure.FormulaPayloads;
import id.go.kinerja.measurement.support.Api;
import id.go.kinerja.measurement.support.Events;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The filled measurement worksheet (Kertas Kerja Pengukuran Kinerja, SOP B5-B6), as JSON and as CSV. */
@QuarkusTest
class WorksheetTest {

    private String agency;
    private UUID recapId;

    @BeforeEach
    void measureARecap() {
        agency = Events.newAgency();
        recapId = UUID.randomUUID();
        Events.submit(Events.recapSubmitted(recapId, agency, 1));
        Events.awaitMeasured(recapId, 1, 1);
    }

    @Test
    void theWorksheetListsIndicatorsInPlanOrderWithNodeRollUpsBudgetsAndLevels() {
        Api.as(Roles.SAKIP_TEAM, agency)
                .when().get("/api/measurement/recaps/{id}/worksheet", recapId)
                .then().statusCode(200)
                .contentType("application/json")
                .body("nodes.code", contains("T1", "S1", "3.30.02", "3.30.02.1.01", "S2", "3.30.03"))
                .body("indicators.code", contains("IKT-01", "IKS-01", "IKS-03", "IKP-02", "IKK-01", "IKS-02", "IKP-03"))
                .body("indicators[3].name", equalTo("Jumlah pelaku usaha yang mengikuti pelatihan"))
                .body("indicators[3].unit", equalTo("orang"))
                .body("indicators[3].target.value", hasToString("25"))
                .body("indicators[3].realisation.value", hasToString("20"))
                .body("indicators[3].formula", equalTo("R / T × 100"))
                .body("indicators[3].achievement", equalTo(80))
                .body("indicators[3].predicate", equalTo("TINGGI"))
                .body("indicators[3].status", equalTo("OK"))
                .body("indicators[4].rule", equalTo("ANNUAL_ONLY"))
                .body("indicators[4].status", equalTo("NOT_EVALUABLE"))
                .body("nodes[2].achievement", equalTo(80))
                .body("nodes[2].budgetCeiling", hasToString("1250000000"))
                .body("nodes[2].budgetAbsorption", equalTo(25))
                .body("levels.level", contains("GOAL", "OBJECTIVE", "PROGRAM", "ACTIVITY"))
                .body("levels[1].achievement", equalTo(new BigDecimal("87.34")))
                .body("levels[1].predicateCounts.TINGGI", equalTo(1))
                .body("headlineAchievement", equalTo(new BigDecimal("87.34")));
    }

    @Test
    void theWorksheetIsAlsoOneCsvSheet() {
        String csv = Api.as(Roles.SECRETARY, agency)
                .queryParam("format", "csv")
                .when().get("/api/measurement/recaps/{id}/worksheet", recapId)
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString(".csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).startsWith("row_type,level,code,name,unit,node_code,division_code,methodology_version,"
                + "target,realisation,formula,achievement,predicate,status,flags,budget_ceiling,budget_realised,"
                + "budget_absorption,predicate_counts,note"), lines.get(0));
        assertTrue(lines.contains("INDICATOR,,IKP-02,Jumlah pelaku usaha yang mengikuti pelatihan,orang,3.30.02,"
                + "PERDAGANGAN,1,25,20,R / T × 100,80.00,TINGGI,OK,,,,,,"), csv);
        assertTrue(lines.contains("INDICATOR,,IKK-01,Persentase alat UTTP bertanda tera sah,%,3.30.02.1.01,METROLOGI,1,"
                + ",,annual indicator → measured at Q4 / YEAR only,,,NOT_EVALUABLE,,,,,,"), csv);
        assertTrue(lines.contains("NODE,PROGRAM,3.30.02,Program Peningkatan Sarana Distribusi Perdagangan,,S1,,,,,,"
                + "80.00,TINGGI,OK,,1250000000,312500000,25.00,,"), csv);
        assertTrue(lines.contains("LEVEL,OBJECTIVE,,,,,,,,,,87.34,TINGGI,OK,,,,,SANGAT_TINGGI=1 TINGGI=1,"), csv);

        String negotiated = Api.as(Roles.HEAD, agency).accept("text/csv")
                .when().get("/api/measurement/recaps/{id}/worksheet", recapId)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        assertTrue(negotiated.startsWith("row_type,"));
    }

    @Test
    void namesAndUnitsThatLookLikeFormulasAreInertInTheCsvAndTheFiguresStayNumbers() throws IOException {
        String typed = Events.newAgency();
        UUID typedRecap = UUID.randomUUID();
        ObjectNode submitted = Events.recapSubmitted(typedRecap, typed, 1);
        AtomicInteger next = new AtomicInteger();
        submitted.get("items").forEach(item -> {
            ((ObjectNode) item).put("indicatorName", FormulaPayloads.payload(next.getAndIncrement()));
            ((ObjectNode) item).put("unit", FormulaPayloads.payload(next.getAndIncrement()));
        });
        submitted.get("nodes").forEach(node -> ((ObjectNode) node).put("name",
                FormulaPayloads.payload(next.getAndIncrement())));
        Events.submit(submitted);
        Events.awaitMeasured(typedRecap, 1, 1);

        String csv = Api.as(Roles.SECRETARY, typed).queryParam("format", "csv")
                .when().get("/api/measurement/recaps/{id}/worksheet", typedRecap)
                .then().statusCode(200).extract().asString();
        List<List<String>> rows = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords().stream()
                .map(CSVRecord::toList).toList();

        FormulaPayloads.assertNoCellIsAFormula(rows);
        FormulaPayloads.ALL.forEach(payload -> assertTrue(FormulaPayloads.containsNeutralised(rows, payload), payload));
        List<String> ikp = rows.stream().filter(row -> row.get(2).equals("IKP-02")).findFirst().orElseThrow();
        assertEquals(List.of("25", "20", "80.00"), List.of(ikp.get(8), ikp.get(9), ikp.get(11)), "figures stay numbers");
    }

    @Test
    void anUnknownFormatOrRevisionIsAClearClientError() {
        Api.as(Roles.HEAD, agency).queryParam("format", "pdf")
                .when().get("/api/measurement/recaps/{id}/worksheet", recapId)
                .then().statusCode(400).body("errors.field", contains("format"));
        Api.as(Roles.HEAD, agency).queryParam("revision", 7)
                .when().get("/api/measurement/recaps/{id}/worksheet", recapId)
                .then().statusCode(404);
        Api.as(Roles.HEAD, agency).queryParam("revision", 0)
                .when().get("/api/measurement/recaps/{id}/worksheet", recapId)
                .then().statusCode(400);
    }
}

package id.go.kinerja.collection.worksheet;

import static id.go.kinerja.infrastructure.FormulaPayloads.payload;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.collection.TestAgency;
import id.go.kinerja.collection.imports.PlanFiles;
import id.go.kinerja.infrastructure.FormulaPayloads;
import id.go.kinerja.infrastructure.ZipBombs;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The operator's Excel round trip on {@link TestAgency#PLAN}: in Q1 the PERDAGANGAN operator has IKU-01 (target 5 %)
 * and IKP-01 (target 25 orang); METROLOGI has IKK-01 (target 70..80). In Q4, METROLOGI also has IKU-02 (grade BB).
 */
@QuarkusTest
class WorksheetTest {

    private static final String WORKSHEET = "/api/collection/rounds/{round}/worksheet";
    private static final List<String> COLUMNS = List.of("indicator_code", "indicator_name", "unit", "node_code",
            "division_code", "value_type", "target", "state", "realisation", "grade", "note", "no_data_reason");
    private static final int REALISATION = COLUMNS.indexOf("realisation");
    private static final int GRADE = COLUMNS.indexOf("grade");
    private static final int NOTE = COLUMNS.indexOf("note");
    private static final int NO_DATA_REASON = COLUMNS.indexOf("no_data_reason");

    @Test
    void theOperatorDownloadsTheirDivisionsItemsFillsThemAndUploads() throws IOException {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        byte[] template = download(agency, round, "PERDAGANGAN");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("Realisasi", sheet.getSheetName());
            assertEquals(COLUMNS, cells(sheet.getRow(0)));
            assertEquals(List.of(
                    List.of("IKP-01", "Jumlah pelaku usaha yang mengikuti pelatihan", "orang", "3.30.03", "PERDAGANGAN",
                            "NUMBER", "25", "NOT_ENTERED", "", "", "", ""),
                    List.of("IKU-01", "Koefisien variasi harga barang kebutuhan pokok", "%", "S1", "PERDAGANGAN",
                            "PERCENT", "5", "NOT_ENTERED", "", "", "", "")),
                    List.of(cells(sheet.getRow(1)), cells(sheet.getRow(2))));
            assertEquals(2, sheet.getLastRowNum(), "only the operator's own division's items");
            assertTrue(sheet.getProtect(), "the sheet is protected");
            assertFalse(sheet.getRow(1).getCell(REALISATION).getCellStyle().getLocked(), "realisation is open");
            assertFalse(sheet.getRow(1).getCell(NOTE).getCellStyle().getLocked(), "note is open");
            assertTrue(sheet.getRow(1).getCell(GRADE).getCellStyle().getLocked(), "a NUMBER item takes no grade");
            assertTrue(sheet.getRow(1).getCell(COLUMNS.indexOf("target")).getCellStyle().getLocked());
            assertEquals(2, sheet.getDataValidations().size(), "non-negative realisations and the grade list");
            assertEquals("Petunjuk", workbook.getSheetAt(1).getSheetName());
            assertTrue(workbook.getSheetAt(1).getRow(2).getCell(0).getStringCellValue().contains("sel berwarna kuning"));
        }

        byte[] filled = fill(template, Map.of(1, List.of("20", "", "Daftar hadir pelatihan"), 2, List.of("4.2", "", "")));
        upload(agency, round, "PERDAGANGAN", filled, "?dryRun=true").statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(2)).body("unchanged", equalTo(0));
        agency.entry(round, "IKP-01").body("state", equalTo("NOT_ENTERED")).body("value", nullValue());

        upload(agency, round, "PERDAGANGAN", filled, "").statusCode(200)
                .body("dryRun", equalTo(false))
                .body("created", equalTo(2)).body("updated", equalTo(0)).body("rejected", equalTo(0))
                .body("rows", equalTo(List.of(
                        Map.of("row", 2, "indicatorCode", "IKP-01", "outcome", "CREATED", "errors", List.of()),
                        Map.of("row", 3, "indicatorCode", "IKU-01", "outcome", "CREATED", "errors", List.of()))));
        agency.entry(round, "IKP-01").body("state", equalTo("ENTERED")).body("value", equalTo(20))
                .body("note", equalTo("Daftar hadir pelatihan"))
                .body("enteredBy", equalTo("operator.perdagangan@" + agency.code.toLowerCase()))
                .body("history.action", equalTo(List.of("ENTERED")));
        agency.entry(round, "IKU-01").body("value", equalTo(4.2f)).body("note", nullValue());

        upload(agency, round, "PERDAGANGAN", filled, "").statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));
        agency.entry(round, "IKP-01").body("history", hasSize(1));

        // the next download shows what was entered; the division head sends IKU-01 back and the operator corrects it
        byte[] second = download(agency, round, "PERDAGANGAN");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(second))) {
            assertEquals(List.of("IKU-01", "ENTERED", "4.2"), List.of(cells(workbook.getSheetAt(0).getRow(2)).get(0),
                    cells(workbook.getSheetAt(0).getRow(2)).get(7), cells(workbook.getSheetAt(0).getRow(2)).get(REALISATION)));
        }
        agency.decide(round, "IKU-01", "SEND_BACK", "Periksa lagi").statusCode(200);
        byte[] corrected = fill(second, Map.of(2, List.of("4.4", "", "Data BPS")));
        upload(agency, round, "PERDAGANGAN", corrected, "").statusCode(200)
                .body("updated", equalTo(1)).body("unchanged", equalTo(1));
        agency.entry(round, "IKU-01").body("state", equalTo("ENTERED")).body("value", equalTo(4.4f))
                .body("history.action", equalTo(List.of("ENTERED", "SENT_BACK", "ENTERED")));
    }

    @Test
    void noDataWithItsReasonMakesTheRoundTripAndCannotStandBesideAValue() throws IOException {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        byte[] template = download(agency, round, "PERDAGANGAN");
        String reason = "Survei pelatihan ditunda: anggaran belum cair";

        upload(agency, round, "PERDAGANGAN", fill(template, Map.of(1, List.of("", "", "", reason))), "").statusCode(200)
                .body("created", equalTo(1)).body("unchanged", equalTo(1));
        agency.entry(round, "IKP-01").body("state", equalTo("ENTERED")).body("value", nullValue())
                .body("noData", equalTo(true)).body("noDataReason", equalTo(reason));

        byte[] second = download(agency, round, "PERDAGANGAN");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(second))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertEquals(List.of("IKP-01", "ENTERED", "", reason), List.of(cells(row).get(0), cells(row).get(7),
                    cells(row).get(REALISATION), cells(row).get(NO_DATA_REASON)));
            assertFalse(row.getCell(NO_DATA_REASON).getCellStyle().getLocked(), "the reason is open while not verified");
            assertTrue(workbook.getSheetAt(1).getRow(6).getCell(0).getStringCellValue().startsWith("5. Kolom no_data_reason"));
        }
        upload(agency, round, "PERDAGANGAN", second, "").statusCode(200).body("unchanged", equalTo(2));

        upload(agency, round, "PERDAGANGAN", fill(second, Map.of(2, List.of("4.2", "", "", "tidak ada"))), "")
                .statusCode(422)
                .body("context.summary.rows.find { it.indicatorCode == 'IKU-01' }.errors[0].field",
                        equalTo("no_data_reason"));

        // a file without the column keeps the answer and changes the note; a value replaces the answer
        upload(agency, round, "PERDAGANGAN", "indicator_code,realisation,note\nIKP-01,,surat bidang\n").statusCode(200)
                .body("updated", equalTo(1));
        agency.entry(round, "IKP-01").body("noDataReason", equalTo(reason)).body("note", equalTo("surat bidang"));
        upload(agency, round, "PERDAGANGAN", "indicator_code,realisation\nIKP-01,18\n").statusCode(200);
        agency.entry(round, "IKP-01").body("value", equalTo(18)).body("noData", equalTo(false))
                .body("noDataReason", nullValue());
    }

    @Test
    void formulasTypedIntoNamesUnitsAndNotesLeaveTheCsvInertAndAnUnchangedUploadChangesNothing() throws IOException {
        ObjectMapper json = new ObjectMapper();
        TestAgency agency = new TestAgency();
        String plan = TestAgency.PLAN
                .replace("\"Jumlah pelaku usaha yang mengikuti pelatihan\", \"unit\": \"orang\"",
                        json.writeValueAsString(payload(2)) + ", \"unit\": " + json.writeValueAsString(payload(4)))
                .replace("\"Koefisien variasi harga barang kebutuhan pokok\", \"unit\": \"%\"",
                        json.writeValueAsString(payload(3)) + ", \"unit\": " + json.writeValueAsString(payload(5)));
        agency.as("ADMIN").body(plan).when().put("/api/collection/plan/2025").then().statusCode(200);
        agency.publish("PK", 2025, null).statusCode(201);
        String round = agency.openRound(2025, 1);
        agency.enter(round, "IKP-01", json.writeValueAsString(Map.of("value", 20, "note", payload(0)))).statusCode(200);
        agency.enter(round, "IKU-01", json.writeValueAsString(Map.of("value", 4.2, "note", payload(1)))).statusCode(200);

        String csv = agency.as("OPERATOR", "PERDAGANGAN").when().get(WORKSHEET + "?format=csv", round).then()
                .statusCode(200).extract().asString();
        List<List<String>> rows = PlanFiles.rows(csv);

        FormulaPayloads.assertNoCellIsAFormula(rows);
        FormulaPayloads.ALL.forEach(payload -> assertTrue(FormulaPayloads.containsNeutralised(rows, payload),
                "the text is kept, inert: " + payload));
        assertEquals(List.of("20", "4.2"), List.of(rows.get(1).get(REALISATION), rows.get(2).get(REALISATION)),
                "numbers stay numbers");

        // the operator sends the file back as it came: the apostrophes are not stored as part of the notes
        upload(agency, round, "PERDAGANGAN", csv).statusCode(200).body("unchanged", equalTo(2));
        agency.entry(round, "IKP-01").body("note", equalTo(payload(0))).body("history", hasSize(1));
        agency.entry(round, "IKU-01").body("note", equalTo(payload(1)));
    }

    @Test
    void aRefusedWorksheetAtTheRowLimitListsItsFirstHundredProblemsAndCountsTheRest() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);

        upload(agency, round, "PERDAGANGAN", unknownRows(20_000)).statusCode(422)
                .body("context.summary.rejected", equalTo(20_000))
                .body("context.summary.rows", hasSize(100))
                .body("context.summary.rows[99].row", equalTo(101))
                .body("context.summary.problems.rowsNotListed", equalTo(19_900))
                .body("context.summary.problems.errorsByColumn", equalTo(Map.of("indicator_code", 20_000)));
    }

    @Test
    void aWorksheetOneRowOverTheLimitIsRefusedWith413BeforeItsRowsAreApplied() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);

        upload(agency, round, "PERDAGANGAN", "indicator_code,realisation\nIKP-01,20\n" + unknownRows(20_000)
                .substring("indicator_code,realisation\n".length())).statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("more than 20000 data rows"))
                .body("context.maxRows", equalTo(20_000));
        agency.entry(round, "IKP-01").body("state", equalTo("NOT_ENTERED"));
    }

    @Test
    void aCsvLineOfTwoHundredThousandCellsIsRefusedBeforeItsCellsAreBuilt() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);

        upload(agency, round, "PERDAGANGAN", "indicator_code,realisation\nIKP-01,20" + ",".repeat(200_000) + "\n")
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", containsString("has a line longer than 65536 characters"));
    }

    @Test
    void aWorksheetThatInflatesToAZipBombIsRefusedBeforeItIsOpened() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);

        uploadAs(agency, round, PlanFiles.XLSX, ZipBombs.xlsx(48L << 20)).statusCode(413)
                .contentType("application/problem+json")
                .body("context.maxRatio", equalTo(100));
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswer() throws IOException {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        byte[] template = download(agency, round, "PERDAGANGAN");
        byte[] filled = fill(template, Map.of(1, List.of("20", "", "")));
        agency.as("OPERATOR", "PERDAGANGAN").contentType(PlanFiles.XLSX).header("Idempotency-Key", "lembar-1")
                .body(filled).when().post(WORKSHEET, round).then().statusCode(200).body("created", equalTo(1));
        agency.decide(round, "IKP-01", "SEND_BACK", "Periksa lagi").statusCode(200);

        agency.as("OPERATOR", "PERDAGANGAN").contentType(PlanFiles.XLSX).header("Idempotency-Key", "lembar-1")
                .body(filled).when().post(WORKSHEET, round).then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("created", equalTo(1));
        agency.entry(round, "IKP-01").body("state", equalTo("SENT_BACK"));

        agency.as("OPERATOR", "PERDAGANGAN").contentType(PlanFiles.XLSX).header("Idempotency-Key", "lembar-1")
                .body(fill(template, Map.of(1, List.of("21", "", "")))).when().post(WORKSHEET, round).then()
                .statusCode(409);
        agency.entry(round, "IKP-01").body("value", equalTo(20));
    }

    @Test
    void anotherDivisionsUnknownOrVerifiedRowsRejectTheWholeFile() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        agency.enterAndVerify(round, "IKP-01", 20);
        String csv = """
                indicator_code,realisation,grade,note
                IKU-01,4.2,,
                IKK-01,75,,from the wrong division
                IKX-99,1,,
                IKP-01,21,,
                IKU-01,4.3,,
                """;
        ValidatableResponse rejected = upload(agency, round, "PERDAGANGAN", csv).statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Upload rejected"))
                .body("context.summary.created", equalTo(1)).body("context.summary.rejected", equalTo(4));
        expectError(rejected, 3, "indicator_code", "IKK-01 is in the care of division METROLOGI, not yours (PERDAGANGAN)");
        expectError(rejected, 4, "indicator_code", "IKX-99 is not an item of round 2025 Q1");
        expectError(rejected, 5, "state", "The entry of IKP-01 is verified; the division head must send it back");
        expectError(rejected, 6, "indicator_code", "IKU-01 appears more than once in the file (first in row 2)");
        agency.entry(round, "IKU-01").body("state", equalTo("NOT_ENTERED"));
        agency.entry(round, "IKK-01").body("state", equalTo("NOT_ENTERED"));
        agency.entry(round, "IKP-01").body("value", equalTo(20)).body("state", equalTo("VERIFIED"));

        // the verified value itself, sent again, is no change
        upload(agency, round, "PERDAGANGAN", "indicator_code,realisation\nIKP-01,20\n").statusCode(200)
                .body("unchanged", equalTo(1));
    }

    @Test
    void aRoundWhoseRecapIsSubmittedTakesNoChanges() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.verifiedFirstQuarter();
        agency.submit(round).statusCode(201);
        upload(agency, round, "PERDAGANGAN", "indicator_code,realisation\nIKP-01,20\nIKU-01,4\n").statusCode(422)
                .body("context.summary.unchanged", equalTo(1))
                .body("context.summary.rows[0].errors[0].field", equalTo("state"))
                .body("context.summary.rows[0].errors[0].message", containsString("was submitted and awaits review"));
        agency.entry(round, "IKU-01").body("value", equalTo(4.2f));
    }

    @Test
    void noWorksheetIsTakenBeforeTheOperatorsAreBriefed() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRoundWithMemo(2025, 1);

        upload(agency, round, "PERDAGANGAN", "indicator_code,realisation\nIKP-01,20\n").statusCode(409)
                .body("context.mustComeFirst", equalTo("A2"));
        agency.entry(round, "IKP-01").body("state", equalTo("NOT_ENTERED"));

        agency.prepare(round);
        upload(agency, round, "PERDAGANGAN", "indicator_code,realisation\nIKP-01,20\nIKU-01,4\n").statusCode(200);
        agency.timeline(round).body("steps.find { it.step == 'A6' }.status", equalTo("RUNNING"))
                .body("steps.find { it.step == 'A6' }.heldBy.divisions", contains("METROLOGI"));
    }

    @Test
    void predicateItemsTakeAGradeAndOthersANumber() throws IOException {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 4);
        byte[] template = download(agency, round, "METROLOGI");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> predicate = cells(sheet.getRow(2));
            assertEquals(List.of("IKU-02", "PREDICATE", "BB"), List.of(predicate.get(0), predicate.get(5), predicate.get(6)));
            assertFalse(sheet.getRow(2).getCell(GRADE).getCellStyle().getLocked());
            assertTrue(sheet.getRow(2).getCell(REALISATION).getCellStyle().getLocked());
        }
        upload(agency, round, "METROLOGI", fill(template, Map.of(1, List.of("", "", "note only"), 2, List.of("3", "", ""))), "")
                .statusCode(422)
                .body("context.summary.rows[0].errors[0].field", equalTo("realisation"))
                .body("context.summary.rows[1].errors[0]", equalTo(Map.of("field", "grade",
                        "message", "IKU-02 is a PREDICATE indicator: enter a grade (e.g. BB), not a value")));
        upload(agency, round, "METROLOGI", fill(template, Map.of(1, List.of("84,5", "", ""), 2, List.of("", "bb", ""))), "")
                .statusCode(200).body("created", equalTo(2));
        agency.entry(round, "IKU-02").body("grade", equalTo("BB")).body("value", nullValue());
        agency.entry(round, "IKK-01").body("value", equalTo(84.5f));
    }

    @Test
    void badFilesGetAClearAnswerAndChangeNothing() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        uploadAs(agency, round, PlanFiles.XLSX, "indicator_code,realisation\nIKP-01,20\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("FILE_UNREADABLE"))
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("not a readable XLSX workbook"));
        upload(agency, round, "PERDAGANGAN", "indicator_code,note\nIKP-01,x\n").statusCode(400)
                .body("errors[0]", equalTo(Map.of("field", "header", "message", "column 'realisation' is missing")));
        upload(agency, round, "PERDAGANGAN", "indicator_code,realisation,nilai\nIKP-01,20,1\n").statusCode(400)
                .body("errors[0].message", containsString("column 3 'nilai' is not a worksheet column"));
        upload(agency, round, "PERDAGANGAN", "").statusCode(400)
                .body("errors[0].field", equalTo("header"));
        upload(agency, round, "PERDAGANGAN", "indicator_code,realisation\nIKP-01,dua puluh\nIKU-01,-1\n,3\n")
                .statusCode(422)
                .body("context.summary.rows.errors.flatten()", equalTo(List.of(
                        Map.of("field", "realisation", "message", "'dua puluh' is not a number"),
                        Map.of("field", "realisation", "message", "must not be negative"),
                        Map.of("field", "indicator_code", "message", "is missing"))));
        uploadAs(agency, round, "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)).statusCode(415);
        StringBuilder big = new StringBuilder("indicator_code,realisation,grade,note\n");
        while (big.length() <= 1024 * 1024) {
            big.append("IKP-01,20,,").append("x".repeat(1000)).append('\n');
        }
        upload(agency, round, "PERDAGANGAN", big.toString()).statusCode(413)
                .contentType("application/problem+json");
        agency.as("OPERATOR", "PERDAGANGAN").contentType(PlanFiles.CSV).body("indicator_code,realisation\n")
                .when().post(WORKSHEET + "?dryRun=maybe", round).then().statusCode(400);
        agency.entry(round, "IKP-01").body("state", equalTo("NOT_ENTERED"));

        agency.as("OPERATOR", "PERDAGANGAN").when().get(WORKSHEET + "?format=pdf", round).then().statusCode(400);
        TestAgency other = TestAgency.withPlan();
        other.as("OPERATOR", "PERDAGANGAN").when().get(WORKSHEET, round).then().statusCode(404);
        upload(other, round, "PERDAGANGAN", "indicator_code,realisation\nIKP-01,20\n").statusCode(404);
        agency.as("DIVISION_HEAD", "PERDAGANGAN").contentType(PlanFiles.CSV).body("indicator_code,realisation\nIKP-01,20\n")
                .when().post(WORKSHEET, round).then().statusCode(403);
    }

    @Test
    void anIntegrationsCsvLandsAsProposedEntriesWithItsSource() {
        TestAgency agency = TestAgency.withPlan();
        String round = agency.openRound(2025, 1);
        String csv = agency.as("INTEGRATION").when().get(WORKSHEET + "?format=csv", round).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        List<List<String>> rows = PlanFiles.rows(csv);
        assertEquals(COLUMNS, rows.get(0));
        assertEquals(List.of("IKK-01", "IKP-01", "IKU-01"), rows.subList(1, rows.size()).stream().map(row -> row.get(0)).toList());
        assertEquals("70..80", rows.get(1).get(COLUMNS.indexOf("target")));

        String pushed = "indicator_code,realisation,note\nIKP-01,18,SP2D s.d. 31 Maret\n";
        agency.as("INTEGRATION").contentType(PlanFiles.CSV).body(pushed).when().post(WORKSHEET, round).then()
                .statusCode(400).body("errors[0].field", equalTo("source"));
        agency.as("INTEGRATION").contentType(PlanFiles.CSV).body(pushed)
                .when().post(WORKSHEET + "?source=SIPD-Keuangan", round).then().statusCode(200)
                .body("source", equalTo("SIPD-Keuangan")).body("created", equalTo(1));
        agency.entry(round, "IKP-01").body("state", equalTo("PROPOSED")).body("source", equalTo("SIPD-Keuangan"))
                .body("value", equalTo(18)).body("history[-1].role", equalTo("INTEGRATION"));

        // the operator's worksheet shows the pushed value; leaving it as it is does not confirm it
        upload(agency, round, "PERDAGANGAN", "indicator_code,realisation,note\nIKP-01,18,SP2D s.d. 31 Maret\n")
                .statusCode(200).body("unchanged", equalTo(1));
        agency.entry(round, "IKP-01").body("state", equalTo("PROPOSED"));
        upload(agency, round, "PERDAGANGAN", "indicator_code,realisation,note\nIKP-01,19,Dihitung ulang\n")
                .statusCode(200).body("updated", equalTo(1));
        agency.entry(round, "IKP-01").body("state", equalTo("ENTERED")).body("source", nullValue());
    }

    private static byte[] download(TestAgency agency, String round, String division) {
        return agency.as("OPERATOR", division).when().get(WORKSHEET, round).then().statusCode(200)
                .contentType(PlanFiles.XLSX)
                .header("Content-Disposition", containsString("realisasi-2025-Q"))
                .extract().asByteArray();
    }

    /** The workbook with, per row, {realisation, grade, note[, no_data_reason]} typed in (blank: left as it is). */
    private static byte[] fill(byte[] xlsx, Map<Integer, List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            rows.forEach((r, values) -> {
                List<Integer> columns = List.of(REALISATION, GRADE, NOTE, NO_DATA_REASON);
                for (int i = 0; i < values.size(); i++) {
                    String value = values.get(i);
                    if (value.isEmpty()) {
                        continue;
                    }
                    Cell cell = sheet.getRow(r).getCell(columns.get(i));
                    if (i == 0 && value.matches("\\d+(\\.\\d+)?")) {
                        cell.setCellValue(Double.parseDouble(value));
                    } else {
                        cell.setCellValue(value);
                    }
                }
            });
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return cells;
    }

    private static ValidatableResponse upload(TestAgency agency, String round, String division, byte[] xlsx, String query) {
        return agency.as("OPERATOR", division).contentType(PlanFiles.XLSX).body(xlsx)
                .when().post(WORKSHEET + query, round).then();
    }

    private static ValidatableResponse upload(TestAgency agency, String round, String division, String csv) {
        return agency.as("OPERATOR", division).contentType(PlanFiles.CSV).body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post(WORKSHEET, round).then();
    }

    private static ValidatableResponse uploadAs(TestAgency agency, String round, String type, byte[] body) {
        return agency.as("OPERATOR", "PERDAGANGAN").contentType(type).body(body).when().post(WORKSHEET, round).then();
    }

    /** A worksheet CSV of indicator codes no round has. */
    private static String unknownRows(int rows) {
        StringBuilder csv = new StringBuilder("indicator_code,realisation\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("IKX-").append(i).append(",1\n");
        }
        return csv.toString();
    }

    private static void expectError(ValidatableResponse response, int row, String field, String message) {
        response.body("context.summary.rows.find { it.row == " + row + " }.outcome", equalTo("REJECTED"))
                .body("context.summary.rows.find { it.row == " + row + " }.errors[0].field", equalTo(field))
                .body("context.summary.rows.find { it.row == " + row + " }.errors[0].message", containsString(message));
    }
}

package id.go.kinerja.collection.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.go.kinerja.collection.TestAgency;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Plan imports with the realistic plan of Dinas Perdagangan dan Transmigrasi: 64 nodes (3 tujuan, 6 sasaran,
 * 10 program, 15 kegiatan, 30 sub kegiatan, with pagu) and 150 indicators, 30 on every level, quarterly and
 * annual, values, ranges and grades — in CSV, XLSX and JSON.
 */
@QuarkusTest
class PlanImportTest {

    private static final String PLAN_IMPORT = "/api/collection/imports/plan";
    private static final int NODES = 64;
    private static final int INDICATORS = 150;
    private static final int ROWS = NODES + INDICATORS;
    private static final String CSV = PlanFiles.disdagtransCsv();

    @Test
    void csvImportCreatesTheWholePlanAndTheSameFileAgainChangesNothing() {
        TestAgency agency = agencyWithDivisions();
        importing(agency, PlanFiles.CSV, CSV, "").statusCode(200)
                .body("dryRun", equalTo(false))
                .body("strategy", equalTo("CREATE_AND_UPDATE"))
                .body("created", equalTo(ROWS)).body("updated", equalTo(0))
                .body("unchanged", equalTo(0)).body("rejected", equalTo(0))
                .body("rows", hasSize(ROWS))
                .body("rows[0]", equalTo(Map.of("row", 2, "kind", "NODE", "code", "T1", "outcome", "CREATED",
                        "errors", List.of())))
                .body("rows[1].kind", equalTo("INDICATOR")).body("rows[1].code", equalTo("IKT-01"));

        agency.as("AUDITOR").when().get("/api/collection/plan/2025").then().statusCode(200)
                .body("nodes", hasSize(NODES))
                .body("indicators", hasSize(INDICATORS))
                .body("nodes.find { it.code == '3.30.03' }.budgetCeiling", equalTo(425000000))
                .body("nodes.find { it.code == '3.30.03.2.01.0001' }.parentCode", equalTo("3.30.03.2.01"))
                .body("indicators.find { it.code == 'IKT-01' }.name", equalTo("Kontribusi sektor perdagangan terhadap PDRB (\"T1\")"))
                .body("indicators.find { it.code == 'IKT-04' }.targets", equalTo(List.of(Map.of("quarter", 4, "grade", "BB"))))
                .body("indicators.find { it.code == 'IKT-05' }.targets[0]", equalTo(Map.of("quarter", 1, "min", 70, "max", 80)))
                .body("indicators.find { it.code == 'IKT-02' }.targets.value", contains(5.5f, 5.25f, 5, 4.75f));
        for (String level : List.of("IKT", "IKS", "IKP", "IKK", "ISK")) {
            agency.as("AUDITOR").when().get("/api/collection/plan/2025").then()
                    .body("indicators.findAll { it.code.startsWith('" + level + "-') }", hasSize(30));
        }

        importing(agency, PlanFiles.CSV, CSV, "").statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(ROWS))
                .body("rows.outcome", everyItem(equalTo("UNCHANGED")));
    }

    @Test
    void xlsxAndJsonCarryTheSamePlanAsTheCsv() {
        TestAgency fromXlsx = agencyWithDivisions();
        importing(fromXlsx, PlanFiles.XLSX, PlanFiles.xlsx(CSV), "").statusCode(200)
                .body("created", equalTo(ROWS)).body("rows[0].row", equalTo(2));
        importing(fromXlsx, PlanFiles.CSV, CSV, "").statusCode(200).body("unchanged", equalTo(ROWS));
        importing(fromXlsx, PlanFiles.XLSX, PlanFiles.xlsx(CSV), "").statusCode(200).body("unchanged", equalTo(ROWS));

        TestAgency fromJson = new TestAgency();
        importing(fromJson, "application/json", PlanFiles.json(CSV, fromJson.code, 2025), "").statusCode(200)
                .body("divisionsCreated", equalTo(4))
                .body("created", equalTo(ROWS));
        importing(fromJson, PlanFiles.CSV, CSV, "").statusCode(200).body("unchanged", equalTo(ROWS));
        importing(fromJson, "application/json", PlanFiles.json(CSV, fromJson.code, 2025), "").statusCode(200)
                .body("divisionsCreated", equalTo(0)).body("unchanged", equalTo(ROWS));
    }

    @Test
    void excelSemicolonCsvWithIndonesianLevelNamesReadsAsTheSamePlan() {
        TestAgency agency = agencyWithDivisions();
        Map<String, String> indonesian = Map.of("GOAL", "Tujuan", "OBJECTIVE", "Sasaran", "ACTIVITY", "Kegiatan",
                "SUB_ACTIVITY", "Sub Kegiatan");
        StringBuilder semicolons = new StringBuilder();
        for (List<String> row : PlanFiles.rows(CSV)) {
            List<String> cells = new ArrayList<>(row);
            cells.set(0, indonesian.getOrDefault(cells.get(0), cells.get(0)));
            semicolons.append(cells.stream().map(cell -> cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell)
                    .collect(Collectors.joining(";"))).append("\r\n");
        }
        importing(agency, PlanFiles.CSV + "; charset=UTF-8", semicolons.toString(), "").statusCode(200)
                .body("created", equalTo(ROWS));
        importing(agency, PlanFiles.CSV, CSV, "").statusCode(200).body("unchanged", equalTo(ROWS));
    }

    @Test
    void committedSamplesOfEveryFormatImport() throws Exception {
        for (String sample : List.of("disdagtrans-2025-plan.json", "disdagtrans-2025-plan.xlsx", "disdagtrans-2025-plan.csv")) {
            TestAgency agency = agencyWithDivisions();
            byte[] bytes;
            try (var in = getClass().getResourceAsStream("/imports/" + sample)) {
                bytes = in.readAllBytes();
            }
            String type = sample.endsWith(".json") ? "application/json" : sample.endsWith(".xlsx") ? PlanFiles.XLSX : PlanFiles.CSV;
            if (type.equals("application/json")) {
                bytes = new String(bytes, StandardCharsets.UTF_8).replace("\"DISDAGTRANS\"", "\"" + agency.code + "\"")
                        .getBytes(StandardCharsets.UTF_8);
            }
            importing(agency, type, bytes, "").statusCode(200).body("created", equalTo(ROWS));
        }
    }

    @Test
    void dryRunReportsWhatWouldHappenAndWritesNothing() {
        TestAgency agency = agencyWithDivisions();
        importing(agency, PlanFiles.CSV, CSV, "&dryRun=true").statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(ROWS));
        assertPlanEmpty(agency);

        importing(agency, PlanFiles.CSV, CSV, "").statusCode(200);
        String renamed = PlanFiles.withCell(CSV, 1, "name", "Tujuan yang diubah");
        importing(agency, PlanFiles.CSV, renamed, "&dryRun=true").statusCode(200)
                .body("updated", equalTo(1)).body("unchanged", equalTo(ROWS - 1))
                .body("rows[0].outcome", equalTo("UPDATED"));
        agency.as("ADMIN").when().get("/api/collection/plan/nodes/T1").then()
                .body("name", equalTo("Meningkatnya kinerja dan daya saing sektor perdagangan daerah"));
    }

    @Test
    void createRefusesExistingCodesAndUpdateRefusesUnknownOnes() {
        TestAgency agency = agencyWithDivisions();
        importing(agency, PlanFiles.CSV, CSV, "&strategy=UPDATE").statusCode(422)
                .body("context.summary.rejected", equalTo(ROWS))
                .body("context.summary.rows[0].errors[0]", equalTo(Map.of("field", "code",
                        "message", "no plan node T1 to update (strategy UPDATE only updates)")));
        assertPlanEmpty(agency);

        importing(agency, PlanFiles.CSV, CSV, "&strategy=CREATE").statusCode(200).body("created", equalTo(ROWS));
        importing(agency, PlanFiles.CSV, CSV, "&strategy=CREATE").statusCode(422)
                .body("context.summary.rows[1].errors[0].message",
                        equalTo("indicator IKT-01 exists already (strategy CREATE only creates)"));

        String changed = PlanFiles.withCell(CSV, 2, "target_q4", "99");
        importing(agency, PlanFiles.CSV, changed, "&strategy=UPDATE").statusCode(200)
                .body("updated", equalTo(1)).body("unchanged", equalTo(ROWS - 1));
        agency.as("ADMIN").when().get("/api/collection/plan/indicators/IKT-01").then()
                .body("version", equalTo(1))
                .body("targets[0].targets[3].value", equalTo(99));
    }

    @Test
    void namesWithBackslashesTabsAndLineBreaksAreStoredAsWritten() {
        // created rows go to PostgreSQL as COPY text, where these characters have a meaning of their own
        String indicatorName = "Rasio ekspor\\impor\tper kapita\nwilayah \\N (\\.)";
        String nodeName = "Program \\N\r\nperdagangan\t\\";
        List<List<String>> rows = new ArrayList<>(PlanFiles.rows(CSV));
        List<String> header = rows.get(0);
        List<String> indicator = new ArrayList<>(rows.get(indexOf(rows, "T1", "IKT-01")));
        indicator.set(header.indexOf("indicator_name"), indicatorName);
        rows.set(indexOf(rows, "T1", "IKT-01"), indicator);
        List<String> program = new ArrayList<>(rows.get(indexOf(rows, "3.30.03", "")));
        program.set(header.indexOf("name"), nodeName);
        rows.set(indexOf(rows, "3.30.03", ""), program);
        TestAgency agency = agencyWithDivisions();
        importing(agency, PlanFiles.CSV, PlanFiles.csv(rows), "").statusCode(200).body("created", equalTo(ROWS));

        agency.as("ADMIN").when().get("/api/collection/plan/indicators/IKT-01").then().body("name", equalTo(indicatorName));
        agency.as("ADMIN").when().get("/api/collection/plan/nodes/3.30.03").then().body("name", equalTo(nodeName))
                .body("budgetCeilings", equalTo(List.of(Map.of("year", 2025, "amount", 425000000))));
        importing(agency, PlanFiles.CSV, PlanFiles.csv(rows), "").statusCode(200).body("unchanged", equalTo(ROWS));
    }

    @Test
    void aSecondFileUpdatesRecordedRowsAndHangsThemOnNodesItCreates() {
        TestAgency agency = agencyWithDivisions();
        importing(agency, PlanFiles.CSV, CSV, "").statusCode(200);
        List<List<String>> rows = new ArrayList<>(PlanFiles.rows(CSV));
        List<String> header = rows.get(0);
        int program = indexOf(rows, "3.30.03", "");
        List<String> renamed = new ArrayList<>(rows.get(program));
        renamed.set(header.indexOf("name"), "Program yang diubah");
        renamed.set(header.indexOf("budget_ceiling"), "500000000");
        rows.set(program, renamed);
        int moved = indexOf(rows, "T1", "IKT-01");
        List<String> indicator = new ArrayList<>(rows.get(moved));
        indicator.set(header.indexOf("code"), "3.30.03.2.01.0099");
        rows.set(moved, indicator);
        List<String> subActivity = new ArrayList<>(Collections.nCopies(header.size(), ""));
        subActivity.set(header.indexOf("level"), "SUB_ACTIVITY");
        subActivity.set(header.indexOf("code"), "3.30.03.2.01.0099");
        subActivity.set(header.indexOf("parent_code"), "3.30.03.2.01");
        subActivity.set(header.indexOf("name"), "Sub kegiatan baru");
        subActivity.set(header.indexOf("budget_ceiling"), "1000000");
        rows.add(subActivity);

        importing(agency, PlanFiles.CSV, PlanFiles.csv(rows), "").statusCode(200)
                .body("created", equalTo(1)).body("updated", equalTo(2)).body("unchanged", equalTo(ROWS - 2));

        agency.as("ADMIN").when().get("/api/collection/plan/nodes/3.30.03").then()
                .body("name", equalTo("Program yang diubah")).body("version", equalTo(1))
                .body("budgetCeilings", equalTo(List.of(Map.of("year", 2025, "amount", 500000000))));
        agency.as("ADMIN").when().get("/api/collection/plan/nodes/3.30.03.2.01.0099").then()
                .body("parentCode", equalTo("3.30.03.2.01")).body("version", equalTo(0))
                .body("budgetCeilings", equalTo(List.of(Map.of("year", 2025, "amount", 1000000))));
        agency.as("ADMIN").when().get("/api/collection/plan/indicators/IKT-01").then()
                .body("nodeCode", equalTo("3.30.03.2.01.0099")).body("version", equalTo(1))
                .body("targets[0].targets.value", contains(60, 70, 78, 85.5f));
    }

    @Test
    void rowsWithWrongTypesDuplicatesUnknownParentsOrNegativeTargetsRejectTheWholeFile() {
        TestAgency agency = agencyWithDivisions();
        List<List<String>> rows = new ArrayList<>(PlanFiles.rows(CSV).stream().map(ArrayList::new).toList());
        List<String> header = rows.get(0);
        // data row n is spreadsheet row n + 1
        rows.get(1).set(header.indexOf("level"), "BIDANG");
        rows.get(2).set(header.indexOf("polarity"), "UP");
        rows.get(3).set(header.indexOf("target_q2"), "-5");
        rows.get(4).set(header.indexOf("target_year"), "dua ratus");
        rows.get(5).set(header.indexOf("indicator_code"), "IKT-01");
        int program = indexOf(rows, "3.30.03", "");
        rows.get(program).set(header.indexOf("budget_ceiling"), "satu milyar");
        int subActivity = indexOf(rows, "3.30.03.2.01.0001", "");
        rows.get(subActivity).set(header.indexOf("parent_code"), "9.99.99.2.01");
        int indicator = indexOf(rows, "3.30.03.2.01.0001", "ISK-09");
        rows.get(indicator).set(header.indexOf("division_code"), "KEUANGAN");
        String bad = PlanFiles.csv(rows);

        ValidatableResponse rejected = importing(agency, PlanFiles.CSV, bad, "").statusCode(422)
                .contentType("application/problem+json")
                .body("title", equalTo("Import rejected"))
                .body("context.summary.rejected", equalTo(8))
                .body("context.summary.created", equalTo(ROWS - 8));
        expectError(rejected, 2, "level", "'BIDANG' is not a level");
        expectError(rejected, 3, "polarity", "'UP' is not one of [POSITIVE, NEGATIVE]");
        expectError(rejected, 4, "target_q2", "must not be negative");
        expectError(rejected, 5, "target_year", "'dua ratus' is not a number");
        expectError(rejected, 6, "indicator_code", "IKT-01 appears more than once in the file (first in row 3)");
        expectError(rejected, program + 1, "budget_ceiling", "'satu milyar' is not a number");
        expectError(rejected, subActivity + 1, "parent_code", "no plan node 9.99.99.2.01");
        expectError(rejected, indicator + 1, "division_code", "no division KEUANGAN in this agency");
        assertPlanEmpty(agency);

        // the same faults in the other formats are found in the same rows
        importing(agency, PlanFiles.XLSX, PlanFiles.xlsx(bad), "").statusCode(422)
                .body("context.summary.rejected", equalTo(8))
                .body("context.summary.rows.find { it.row == 4 }.errors[0].field", equalTo("target_q2"));
        String negativeJson = PlanFiles.json(PlanFiles.withCell(CSV, 3, "target_q2", "-5"), agency.code, 2025);
        importing(agency, "application/json", negativeJson, "").statusCode(422)
                .body("context.summary.rejected", equalTo(1))
                .body("context.summary.rows.find { it.code == 'IKT-02' }.errors[0]",
                        equalTo(Map.of("field", "target_q2", "message", "must not be negative")));
        assertPlanEmpty(agency);
    }

    @Test
    void duplicateNodeCodesAndTargetsThatDoNotFitTheIndicatorAreRejected() {
        TestAgency agency = agencyWithDivisions();
        List<List<String>> rows = new ArrayList<>(PlanFiles.rows(CSV));
        rows.add(rows.get(1));
        String duplicateNode = PlanFiles.csv(rows);
        importing(agency, PlanFiles.CSV, duplicateNode, "").statusCode(422)
                .body("context.summary.rows[-1].errors[0].message",
                        equalTo("T1 appears more than once in the file (first in row 2)"));

        String threeQuarters = PlanFiles.withCell(CSV, 2, "target_q3", "");
        importing(agency, PlanFiles.CSV, threeQuarters, "").statusCode(422)
                .body("context.summary.rows.row", equalTo(List.of(3)))
                .body("context.summary.rows[0].errors[0].message",
                        equalTo("a QUARTERLY indicator needs exactly one target for each of quarters 1, 2, 3 and 4"));
        String gradeOnNumber = PlanFiles.withCell(CSV, 2, "target_q1", "BB");
        importing(agency, PlanFiles.CSV, gradeOnNumber, "").statusCode(422)
                .body("context.summary.rows[0].errors[0].field", equalTo("target_q1"));
        String budgetOnGoal = PlanFiles.withCell(CSV, 1, "budget_ceiling", "1000");
        importing(agency, PlanFiles.CSV, budgetOnGoal, "").statusCode(422)
                .body("context.summary.rows[0].errors[0].field", equalTo("budget_ceiling"));
        assertPlanEmpty(agency);
    }

    @Test
    void filesThatCannotBeReadGetAClear4xx() {
        TestAgency agency = agencyWithDivisions();
        String missingColumn = CSV.replaceFirst(",target_year", "");
        importing(agency, PlanFiles.CSV, missingColumn, "").statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasItem(Map.of("field", "header", "message", "column 'target_year' is missing")));
        String unknownColumn = CSV.replaceFirst("budget_ceiling", "pagu");
        importing(agency, PlanFiles.CSV, unknownColumn, "").statusCode(400)
                .body("errors.message", hasItem(containsString("'pagu' is not a plan column")));
        importing(agency, PlanFiles.CSV, "", "").statusCode(400).body("errors[0].field", equalTo("header"));
        importing(agency, PlanFiles.CSV, CSV.substring(0, CSV.indexOf('\n') + 1) + "\"unterminated", "").statusCode(400)
                .body("errors[0].field", equalTo("file"));
        importing(agency, PlanFiles.XLSX, "this is not a workbook".getBytes(StandardCharsets.UTF_8), "").statusCode(400)
                .body("errors[0].message", containsString("not a readable XLSX workbook"));
        importing(agency, "application/json", "{\"nodes\": [], \"indicators\": [], \"colour\": 1}", "").statusCode(400)
                .body("errors[0].message", equalTo("unknown property 'colour'"));
        importing(agency, "application/json", "{\"nodes\": [{\"code\": \"T1\", \"level\": \"TOP\"}]}", "").statusCode(400);
        importing(agency, "text/plain", "hello", "").statusCode(415);
        importing(agency, PlanFiles.CSV, CSV, "&strategy=REPLACE").statusCode(400)
                .body("errors[0].message", equalTo("must be CREATE, UPDATE or CREATE_AND_UPDATE"));
        given().auth().oauth2(agency.token("ADMIN")).contentType(PlanFiles.CSV).body(CSV)
                .when().post(PLAN_IMPORT).then().statusCode(400);
        assertPlanEmpty(agency);
    }

    @Test
    void aWorkbookDeclaringEntitiesIsRefusedAndNoEntityIsExpanded() throws IOException {
        // an external entity would read a file of the server into a cell; an internal one can grow without bound
        String declarations = "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/hostname\">"
                + "<!ENTITY big \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\">]>";
        byte[] workbook = withSheetXml(PlanFiles.xlsx(CSV), xml -> xml.replaceFirst("\\?>", "?>" + declarations)
                .replaceFirst("<v>([^<]*)</v>", "<v>&secret;&big;</v>"));
        TestAgency agency = agencyWithDivisions();
        String answer = importing(agency, PlanFiles.XLSX, workbook, "").statusCode(400)
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("not a readable XLSX workbook")).extract().asString();
        assertFalse(answer.contains("xxxxxxxxxx"), answer);
        assertPlanEmpty(agency);
    }

    /** The workbook with its first sheet's XML rewritten. */
    private static byte[] withSheetXml(byte[] xlsx, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void filesAboveTheConfiguredLimitAreRefusedWith413() {
        TestAgency agency = agencyWithDivisions();
        // the test profile sets kinerja.import.max-size=1M
        StringBuilder big = new StringBuilder(CSV);
        while (big.length() <= 1024 * 1024) {
            big.append(CSV, CSV.indexOf('\n') + 1, CSV.length());
        }
        importing(agency, PlanFiles.CSV, big.toString(), "").statusCode(413)
                .contentType("application/problem+json")
                .body("context.maxBytes", equalTo(1024 * 1024));
        assertPlanEmpty(agency);
    }

    @Test
    void theSameIdempotencyKeyReplaysTheFirstAnswerAndChangesNothing() {
        TestAgency agency = agencyWithDivisions();
        String key = UUID.randomUUID().toString();
        importingWithKey(agency, CSV, key).statusCode(200).body("created", equalTo(ROWS))
                .header("Idempotent-Replayed", nullValue());
        importingWithKey(agency, CSV, key).statusCode(200)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("created", equalTo(ROWS)).body("unchanged", equalTo(0));
        agency.as("ADMIN").when().get("/api/collection/plan/indicators/IKT-01").then().body("version", equalTo(0));

        String changed = PlanFiles.withCell(CSV, 2, "target_q4", "99");
        importingWithKey(agency, changed, key).statusCode(409)
                .body("detail", containsString("was used for a different request"));
        agency.as("ADMIN").when().get("/api/collection/plan/indicators/IKT-01").then()
                .body("targets[0].targets[3].value", equalTo(85.5f));

        importingWithKey(agency, CSV, UUID.randomUUID().toString()).statusCode(200).body("unchanged", equalTo(ROWS));
        // keys belong to an agency: another agency's same key is a new request
        TestAgency other = agencyWithDivisions();
        importingWithKey(other, CSV, key).statusCode(200).body("created", equalTo(ROWS))
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void onlyAdminsAndIntegrationsImport() {
        TestAgency agency = agencyWithDivisions();
        given().auth().oauth2(agency.token("OPERATOR", "PERDAGANGAN")).contentType(PlanFiles.CSV).body(CSV)
                .when().post(PLAN_IMPORT + "?year=2025").then().statusCode(403);
        given().auth().oauth2(agency.token("SAKIP_TEAM")).contentType(PlanFiles.CSV).body(CSV)
                .when().post(PLAN_IMPORT + "?year=2025").then().statusCode(403);
        given().auth().oauth2(agency.token("INTEGRATION")).contentType(PlanFiles.CSV).body(CSV)
                .when().post(PLAN_IMPORT + "?year=2025").then().statusCode(200).body("created", equalTo(ROWS));
    }

    private static TestAgency agencyWithDivisions() {
        TestAgency agency = new TestAgency();
        PlanFiles.DIVISIONS.forEach((code, name) ->
                agency.as("ADMIN").body(Map.of("code", code, "name", name))
                        .when().post("/api/collection/divisions").then().statusCode(201));
        return agency;
    }

    private static ValidatableResponse importing(TestAgency agency, String type, Object body, String parameters) {
        var request = given().auth().oauth2(agency.token("ADMIN")).contentType(type);
        request = body instanceof byte[] bytes ? request.body(bytes) : request.body((String) body);
        return request.when().post(PLAN_IMPORT + "?year=2025" + parameters).then();
    }

    private static ValidatableResponse importingWithKey(TestAgency agency, String csv, String key) {
        return given().auth().oauth2(agency.token("INTEGRATION")).contentType(PlanFiles.CSV)
                .header("Idempotency-Key", key).body(csv)
                .when().post(PLAN_IMPORT + "?year=2025").then();
    }

    private static void expectError(ValidatableResponse response, int row, String field, String message) {
        response.body("context.summary.rows.find { it.row == " + row + " }.outcome", equalTo("REJECTED"))
                .body("context.summary.rows.find { it.row == " + row + " }.errors.field", hasItem(field))
                .body("context.summary.rows.find { it.row == " + row + " }.errors.message",
                        hasItem(containsString(message)));
    }

    /** The index in rows (header = 0) of the row of this node and indicator code ("" for the node row). */
    private static int indexOf(List<List<String>> rows, String code, String indicatorCode) {
        List<String> header = rows.get(0);
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).get(header.indexOf("code")).equals(code)
                    && rows.get(i).get(header.indexOf("indicator_code")).equals(indicatorCode)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no row " + code + " " + indicatorCode);
    }

    private static void assertPlanEmpty(TestAgency agency) {
        agency.as("ADMIN").when().get("/api/collection/plan/2025").then().statusCode(200)
                .body("nodes", empty()).body("indicators", empty());
    }
}

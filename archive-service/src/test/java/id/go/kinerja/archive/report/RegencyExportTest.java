package id.go.kinerja.archive.report;

import static id.go.kinerja.archive.Disposals.archive;
import static id.go.kinerja.archive.Disposals.fetch;
import static id.go.kinerja.archive.Disposals.newRecap;
import static id.go.kinerja.archive.Disposals.token;
import static id.go.kinerja.archive.Disposals.uniqueAgency;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.archive.Disposals.Disposal;
import id.go.kinerja.infrastructure.DevTokens;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegencyExportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Each test exports a year of its own: the export spans every agency, so other tests' records must stay out. */
    private static final AtomicInteger YEARS = new AtomicInteger(2300);

    private static final String REGENCY_AUDITOR = DevTokens.mint(Roles.REGENCY_AUDITOR, "INSPEKTORAT");

    @Test
    void measurementXlsxHoldsEveryAgencysNewestArchivedResultsInOrder() throws IOException {
        int year = YEARS.incrementAndGet();
        String suffix = uniqueAgency("");
        String alpha = "ALPHA" + suffix;
        String beta = "BETA" + suffix;
        String gamma = "GAMMA" + suffix;
        Disposal corrected = newRecap(beta).inPeriod(year, 1);
        UUID superseded = archive(corrected);
        UUID betaNewest = archive(corrected.revision(3));
        UUID gammaFirst = archive(newRecap(gamma).inPeriod(year, 1));
        UUID gammaSecond = archive(newRecap(gamma).inPeriod(year, 1));
        UUID alphaQ2 = archive(newRecap(alpha).inPeriod(year, 2));

        byte[] file = given().auth().oauth2(REGENCY_AUDITOR)
                .queryParam("year", year).queryParam("type", "measurement").queryParam("format", "xlsx")
                .get("/api/archive/regency/results")
                .then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", containsString("hasil-pengukuran-kinerja-kabupaten-" + year + ".xlsx"))
                .extract().asByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet("Hasil Kinerja");
            assertEquals(List.of("Kode Perangkat Daerah", "Perangkat Daerah", "Periode", "Tingkat", "Kode", "Indikator",
                    "Satuan", "Target", "Realisasi", "Capaian (%)", "Predikat", "Revisi", "ID Arsip", "Segel"),
                    texts(sheet.getRow(0)));
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
            assertEquals(4 * 4, sheet.getLastRowNum(), "four indicators of each of four current records");

            List<String> archiveIds = new ArrayList<>();
            Map<UUID, JsonNode> documents = new HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                UUID archiveId = UUID.fromString(text(sheet, row, "ID Arsip"));
                if (archiveIds.isEmpty() || !archiveIds.get(archiveIds.size() - 1).equals(archiveId.toString())) {
                    archiveIds.add(archiveId.toString());
                }
                String agency = text(sheet, row, "Kode Perangkat Daerah");
                JsonNode archived = documents.computeIfAbsent(archiveId, id -> fetch(agency, id));
                JsonNode document = archived.get("document");
                JsonNode item = itemOf(document, text(sheet, row, "Kode"));
                JsonNode result = item.get("result");
                assertEquals(archived.get("metadata").get("seal").asText(), text(sheet, row, "Segel"));
                assertEquals(document.get("revision").asInt(), (int) number(sheet, row, "Revisi"));
                assertEquals("Dinas Perdagangan dan Transmigrasi", text(sheet, row, "Perangkat Daerah"));
                assertEquals(item.get("indicatorName").asText(), text(sheet, row, "Indikator"));
                assertEquals(item.get("unit").asText(), text(sheet, row, "Satuan"));
                assertEquals(result.at("/target/value").decimalValue().doubleValue(), number(sheet, row, "Target"));
                assertEquals(result.at("/realisation/value").decimalValue().doubleValue(), number(sheet, row, "Realisasi"));
                assertEquals(result.get("achievement").decimalValue().doubleValue(), number(sheet, row, "Capaian (%)"));
                assertTrue(cell(sheet, row, "Capaian (%)").getCellStyle().getDataFormatString().contains("#,##0.00"));
            }
            assertEquals(List.of(alphaQ2.toString(), betaNewest.toString(), gammaFirst.toString(), gammaSecond.toString()),
                    archiveIds, "by agency code, quarter, archive order; the superseded revision " + superseded + " left out");

            Row first = sheet.getRow(1);
            assertEquals(alpha, text(sheet, first, "Kode Perangkat Daerah"));
            assertEquals("Triwulan II Tahun " + year, text(sheet, first, "Periode"));
            assertEquals("Sasaran", text(sheet, first, "Tingkat"));
            assertEquals("IKS-01", text(sheet, first, "Kode"));
            assertEquals(4.2, number(sheet, first, "Realisasi"));
            assertEquals(116.00, number(sheet, first, "Capaian (%)"));
            assertEquals("Sangat Tinggi", text(sheet, first, "Predikat"));
            Row activity = sheet.getRow(4);
            assertEquals("Kegiatan", text(sheet, activity, "Tingkat"));
            assertEquals("Tinggi", text(sheet, activity, "Predikat"));
            assertEquals(beta, text(sheet, sheet.getRow(5), "Kode Perangkat Daerah"));
            assertEquals(3, (int) number(sheet, sheet.getRow(5), "Revisi"));
        }
    }

    @Test
    void collectionCsvOfOneQuarterPrintsTheQuartersFiguresTheIndonesianWay() {
        int year = YEARS.incrementAndGet();
        String agency = uniqueAgency("csv");
        UUID archiveId = archive(newRecap(agency).inPeriod(year, 1));
        archive(newRecap(uniqueAgency("csv")).inPeriod(year, 3));
        String seal = fetch(agency, archiveId).get("metadata").get("seal").asText();

        byte[] body = given().auth().oauth2(REGENCY_AUDITOR)
                .queryParam("year", year).queryParam("quarter", 1).queryParam("type", "collection")
                .queryParam("format", "csv")
                .get("/api/archive/regency/results")
                .then().statusCode(200).contentType("text/csv")
                .header("Content-Disposition", containsString("hasil-pengumpulan-data-kinerja-kabupaten-" + year + "-tw1.csv"))
                .extract().asByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);

        assertTrue(csv.startsWith("\uFEFF"), "byte-order mark");
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        assertEquals("Kode Perangkat Daerah;Perangkat Daerah;Periode;Tingkat;Kode;Indikator;Satuan;Target;Realisasi;"
                + "Bidang;Diinput oleh;Diverifikasi oleh;Revisi;ID Arsip;Segel", lines.get(0));
        assertEquals(5, lines.size(), "header and the four indicators of the one first-quarter record");
        assertEquals(agency + ";Dinas Perdagangan dan Transmigrasi;Triwulan I Tahun " + year + ";Sasaran;IKS-01;"
                + "Koefisien variasi harga barang kebutuhan pokok;%;5;4,2;PERDAGANGAN;operator.perdagangan@disdagtrans;"
                + "division_head.perdagangan@disdagtrans;2;" + archiveId + ";" + seal, lines.get(1));
        assertTrue(lines.get(2).contains(";Sasaran;IKS-02;") && lines.get(2).contains(";70;72,5;METROLOGI;"), lines.get(2));

        // a read across every agency is on the record of the auditor's own office
        given().auth().oauth2(DevTokens.mint(Roles.AUDITOR, "INSPEKTORAT"))
                .queryParam("action", "RegencyResultsExported").queryParam("target", "regency/" + year + "/1")
                .get("/api/archive/audit")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].actorRoles", hasItem(Roles.REGENCY_AUDITOR))
                .body("items[0].after.type", equalTo("COLLECTION"))
                .body("items[0].after.format", equalTo("csv"));
    }

    @Test
    void aYearWithoutArchivedRecordsGivesAWorkbookWithOnlyTheHeader() throws IOException {
        byte[] file = given().auth().oauth2(REGENCY_AUDITOR)
                .queryParam("year", YEARS.incrementAndGet()).queryParam("type", "measurement")
                .get("/api/archive/regency/results")
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertEquals(0, workbook.getSheet("Hasil Kinerja").getLastRowNum());
        }
    }

    @Test
    void onlyTheRegencyAuditorExportsAndItReadsNothingElse() {
        Disposal disposal = newRecap(uniqueAgency("regency-roles"));
        UUID archiveId = archive(disposal);

        for (String role : List.of(Roles.HEAD, Roles.SECRETARY, Roles.SAKIP_TEAM, Roles.AUDITOR, Roles.ADMIN,
                Roles.INTEGRATION, Roles.OPERATOR, Roles.DIVISION_HEAD)) {
            given().auth().oauth2(DevTokens.mint(role, disposal.agency(), "PERDAGANGAN"))
                    .queryParam("year", 2025).queryParam("type", "measurement")
                    .get("/api/archive/regency/results")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().queryParam("year", 2025).queryParam("type", "measurement").get("/api/archive/regency/results")
                .then().statusCode(401);

        // its token carries its own agency (the Inspektorat's) and, here, the record's: neither opens another endpoint
        for (String agency : List.of("INSPEKTORAT", disposal.agency())) {
            String token = DevTokens.mint(Roles.REGENCY_AUDITOR, agency);
            for (String path : List.of("/api/archive/records", "/api/archive/records/" + archiveId,
                    "/api/archive/records/" + archiveId + "/verification", "/api/archive/chain/verification",
                    "/api/archive/audit")) {
                given().auth().oauth2(token).get(path).then().statusCode(403);
            }
            given().auth().oauth2(token).queryParam("type", "measurement")
                    .get("/api/archive/records/{id}/report", archiveId).then().statusCode(403);
        }
        for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
            given().auth().oauth2(REGENCY_AUDITOR).contentType("application/json").body("{}")
                    .request(method, "/api/archive/regency/results")
                    .then().statusCode(405).header("Allow", "GET");
            given().auth().oauth2(REGENCY_AUDITOR).contentType("application/json").body("{}")
                    .request(method, "/api/archive/records/{id}", archiveId)
                    .then().statusCode(405);
        }
    }

    @Test
    void badParametersAreAClearProblemNeverAServerError() {
        // the field the problem must name, and the query
        for (String[] bad : new String[][] {
                {"year", "type=measurement"},
                {"year", "year=abc&type=measurement"},
                {"quarter", "year=2025&quarter=5&type=measurement"},
                {"quarter", "year=2025&quarter=0&type=measurement"},
                {"quarter", "year=2025&quarter=x&type=measurement"},
                {"type", "year=2025"},
                {"type", "year=2025&type=budget"},
                {"format", "year=2025&type=measurement&format=pdf"},
                {"format", "year=2025&type=measurement&format=json"},
                {"format", "year=2025&type=measurement&format=docx"}}) {
            var request = given().auth().oauth2(REGENCY_AUDITOR);
            for (String parameter : bad[1].split("&")) {
                request.queryParam(parameter.split("=")[0], parameter.split("=")[1]);
            }
            request.get("/api/archive/regency/results")
                    .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                    .body(containsString("\"" + bad[0]));
        }
    }

    private static JsonNode itemOf(JsonNode document, String code) {
        for (JsonNode item : document.get("items")) {
            if (code.equals(item.get("indicatorCode").asText())) {
                return item;
            }
        }
        throw new AssertionError("no item " + code);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static Cell cell(Sheet sheet, Row row, String header) {
        int column = texts(sheet.getRow(0)).indexOf(header);
        assertTrue(column >= 0, "column " + header);
        return row.getCell(column);
    }

    private static String text(Sheet sheet, Row row, String header) {
        return cell(sheet, row, header).getStringCellValue();
    }

    private static double number(Sheet sheet, Row row, String header) {
        Cell cell = cell(sheet, row, header);
        assertEquals(CellType.NUMERIC, cell.getCellType(), header + " is a number");
        return cell.getNumericCellValue();
    }
}

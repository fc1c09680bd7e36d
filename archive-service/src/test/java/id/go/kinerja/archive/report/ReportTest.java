package id.go.kinerja.archive.report;

import static id.go.kinerja.archive.Disposals.archive;
import static id.go.kinerja.archive.Disposals.fetch;
import static id.go.kinerja.archive.Disposals.newLargeRecap;
import static id.go.kinerja.archive.Disposals.newRecap;
import static id.go.kinerja.archive.Disposals.token;
import static id.go.kinerja.archive.Disposals.uniqueAgency;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.go.kinerja.archive.Disposals.Disposal;
import id.go.kinerja.archive.seal.CanonicalJson;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportTest {

    private static final String DISPOSITION = "Capaian sasaran triwulan I baik (≥ 91 %). Pertahankan; percepat pelatihan "
            + "pelaku usaha — lanjutkan ke LKjIP.";

    private static String agency;
    private static UUID archiveId;
    private static String contentHash;

    /** Archived once for all tests (RestAssured knows the test port only once a test runs, not in @BeforeAll). */
    @BeforeEach
    void archiveTheSampleOnce() {
        if (archiveId != null) {
            return;
        }
        agency = uniqueAgency("report");
        Disposal disposal = newRecap(agency);
        archiveId = archive(disposal);
        contentHash = fetch(agency, archiveId).get("metadata").get("contentHash").asText();
    }

    @Test
    void measurementXlsxHoldsTheArchivedFiguresAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report("measurement", "xlsx")))) {
            Sheet activities = workbook.getSheet("Kegiatan");
            assertEquals("Kode", activities.getRow(0).getCell(0).getStringCellValue());
            assertEquals(1, activities.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");

            Row node = rowOf(activities, "3.30.02.2.01");
            assertEquals(80.00, number(activities, node, "Capaian (%)"));
            assertEquals(450_000_000, number(activities, node, "Pagu (Rp)"));
            assertEquals(135_000_000, number(activities, node, "Realisasi Anggaran (Rp)"));
            assertEquals(30.00, number(activities, node, "Serapan (%)"));
            assertTrue(cell(activities, node, "Pagu (Rp)").getCellStyle().getDataFormatString().contains("#,##0"));

            Row item = rowOf(activities, "IKK-01");
            assertEquals(25, number(activities, item, "Target"));
            assertEquals(20, number(activities, item, "Realisasi"));
            assertEquals(80.00, number(activities, item, "Capaian (%)"));
            assertEquals("Tinggi", cell(activities, item, "Predikat").getStringCellValue());

            Sheet objectives = workbook.getSheet("Sasaran");
            Row iks01 = rowOf(objectives, "IKS-01");
            assertEquals(4.2, number(objectives, iks01, "Realisasi"));
            assertEquals(116.00, number(objectives, iks01, "Capaian (%)"));
            assertEquals("Sangat Tinggi", cell(objectives, iks01, "Predikat").getStringCellValue());

            Sheet programs = workbook.getSheet("Program");
            assertEquals(96.67, number(programs, rowOf(programs, "3.30.02"), "Capaian (%)"));
            assertEquals(25.00, number(programs, rowOf(programs, "3.30.02"), "Serapan (%)"));

            Sheet levels = workbook.getSheet("Ringkasan Tingkat");
            assertEquals(109.79, number(levels, rowOf(levels, "Sasaran"), "Capaian rata-rata (%)"));

            Sheet reviews = workbook.getSheet("Reviu");
            assertTrue(text(reviews).contains("Bukti daftar hadir pelatihan belum dilampirkan"));
            assertTrue(text(reviews).contains("Dikembalikan ke pengumpulan data"));

            String cover = text(workbook.getSheet("Laporan"));
            assertTrue(cover.contains("Laporan Hasil Pengukuran Kinerja"));
            assertTrue(cover.contains("Triwulan I Tahun 2025"));
            assertTrue(cover.contains(DISPOSITION));
            assertTrue(cover.contains("16 April 2025"));
            assertTrue(cover.contains(contentHash));
            assertTrue(cover.contains("/api/archive/records/" + archiveId + "/verification"));
        }
    }

    @Test
    void collectionXlsxListsEveryIndicatorWithWhoEnteredAndVerifiedIt() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report("collection", "xlsx")))) {
            Sheet data = workbook.getSheet("Data Kinerja");
            assertEquals(5, data.getLastRowNum() + 1, "header and four indicators");
            Row iks02 = rowOf(data, "IKS-02");
            assertEquals(70, number(data, iks02, "Target"));
            assertEquals(72.5, number(data, iks02, "Realisasi"));
            assertEquals("METROLOGI", cell(data, iks02, "Bidang").getStringCellValue());
            assertEquals("operator.metrologi@disdagtrans", cell(data, iks02, "Diinput oleh").getStringCellValue());
            assertEquals("division_head.metrologi@disdagtrans", cell(data, iks02, "Diverifikasi oleh").getStringCellValue());
            assertTrue(text(workbook.getSheet("Laporan")).contains("Laporan Hasil Pengumpulan Data Kinerja"));
        }
    }

    @Test
    void measurementPdfIsA4LandscapeInIndonesian() throws IOException {
        PdfReader pdf = new PdfReader(report("measurement", "pdf"));
        Rectangle page = pdf.getPageSizeWithRotation(1);
        assertEquals(842, Math.round(page.getWidth()));
        assertEquals(595, Math.round(page.getHeight()));
        String text = text(pdf);

        for (String expected : List.of("LAPORAN HASIL PENGUKURAN KINERJA", "Dinas Perdagangan dan Transmigrasi",
                "Triwulan I Tahun 2025", "510/45/DP-Trans/IV/2025", "Capaian kinerja tingkat Sasaran: 109,79 %",
                "1.250.000.000,00", "312.500.000,00", "450.000.000,00", "135.000.000,00", "96,67", "80,00", "116,00",
                "103,57", "Sangat Tinggi", "Tidak dapat dinilai", "Gunakan rumus selisih untuk indikator negatif",
                "Dikembalikan ke pengukuran", "11 April 2025 pukul 14.45 WIB", "16 April 2025", contentHash,
                "/api/archive/records/" + archiveId + "/verification")) {
            assertTrue(squeezed(text).contains(squeezed(expected)), () -> "PDF text lacks '" + expected + "':\n" + text);
        }
        assertTrue(squeezed(text).contains(squeezed(DISPOSITION)), () -> "disposition missing:\n" + text);
    }

    @Test
    void collectionPdfShowsTargetsAndRealisationsWithADecimalComma() throws IOException {
        String text = text(new PdfReader(report("collection", "pdf")));
        for (String expected : List.of("LAPORAN HASIL PENGUMPULAN DATA KINERJA", "IKS-01", "4,2", "72,5",
                "operator.perdagangan@disdagtrans", "division_head.metrologi@disdagtrans", contentHash)) {
            assertTrue(squeezed(text).contains(squeezed(expected)), () -> "PDF text lacks '" + expected + "':\n" + text);
        }
    }

    @Test
    void longTablesBreakAcrossPagesRepeatingTheirHeader() throws IOException {
        String large = uniqueAgency("large");
        UUID id = archive(newLargeRecap(large, 150));
        byte[] bytes = given().auth().oauth2(token(Roles.AUDITOR, large))
                .queryParam("type", "collection").queryParam("format", "pdf")
                .get("/api/archive/records/{id}/report", id)
                .then().statusCode(200).extract().asByteArray();
        PdfReader pdf = new PdfReader(bytes);
        assertTrue(pdf.getNumberOfPages() >= 3, "150 indicators need several pages");
        PdfTextExtractor extractor = new PdfTextExtractor(pdf);
        for (int p = 1; p < pdf.getNumberOfPages(); p++) {
            String page = extractor.getTextFromPage(p);
            assertTrue(page.contains("Diverifikasi oleh"), "page " + p + " repeats the table header");
            assertTrue(page.contains("Halaman " + p), "page " + p + " is numbered");
        }
        assertTrue(text(pdf).contains("IKU-0150"));
    }

    @Test
    void csvIsSemicolonSeparatedWithDecimalCommas() {
        String csv = new String(report("measurement", "csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFLaporan;Laporan Hasil Pengukuran Kinerja\r\n"));
        List<List<String>> rows = Arrays.stream(csv.substring(1).split("\r\n")).map(ReportTest::fields).toList();
        List<String> header = rows.stream().filter(r -> r.size() > 1 && r.get(0).equals("Kode")).findFirst().orElseThrow();
        List<String> ikk01 = rows.stream().filter(r -> r.get(0).equals("IKK-01")).findFirst().orElseThrow();
        assertEquals("20", ikk01.get(header.indexOf("Realisasi")));
        assertEquals("80,00", ikk01.get(header.indexOf("Capaian (%)")));
        List<String> program = rows.stream().filter(r -> r.get(0).equals("3.30.02")).findFirst().orElseThrow();
        assertEquals("1250000000,00", program.get(header.indexOf("Pagu (Rp)")));
        assertEquals("312500000,00", program.get(header.indexOf("Realisasi Anggaran (Rp)")));
        assertEquals(List.of("Disposisi Kepala", DISPOSITION),
                rows.stream().filter(r -> r.get(0).equals("Disposisi Kepala")).findFirst().orElseThrow());
        assertEquals(List.of("Hash isi (SHA-256)", contentHash),
                rows.stream().filter(r -> r.get(0).equals("Hash isi (SHA-256)")).findFirst().orElseThrow());
    }

    @Test
    void jsonIsTheStructuredReportWithExactFigures() {
        String body = given().auth().oauth2(token(Roles.SAKIP_TEAM, agency))
                .queryParam("type", "measurement").queryParam("format", "json")
                .get("/api/archive/records/{id}/report", archiveId)
                .then().statusCode(200).contentType("application/json")
                .header("Content-Disposition", containsString("laporan-pengukuran-kinerja-"))
                .body("title", equalTo("Laporan Hasil Pengukuran Kinerja"))
                .body("period", equalTo("Triwulan I Tahun 2025"))
                .body("seal.contentHash", equalTo(contentHash))
                .body("seal.verificationUrl", startsWith("http"))
                .body("disposition.text", equalTo(DISPOSITION))
                .extract().asString();
        JsonNode report = CanonicalJson.parse(body);
        JsonNode objectives = null;
        for (JsonNode table : report.get("tables")) {
            if (table.get("name").asText().equals("Sasaran")) {
                objectives = table;
            }
        }
        assertNotNull(objectives);
        JsonNode iks01 = objectives.get("rows").get(1).get("cells");
        assertEquals("IKS-01", iks01.get("code").asText());
        assertEquals("4.2", iks01.get("realisation").decimalValue().toPlainString());
        assertEquals("116", iks01.get("achievement").decimalValue().toPlainString());
    }

    @Test
    void anotherAgencysRecordHasNoReport() {
        given().auth().oauth2(token(Roles.HEAD, uniqueAgency("stranger")))
                .queryParam("type", "measurement").queryParam("format", "pdf")
                .get("/api/archive/records/{id}/report", archiveId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token(Roles.OPERATOR, agency)).queryParam("type", "measurement")
                .get("/api/archive/records/{id}/report", archiveId)
                .then().statusCode(403);
    }

    @Test
    void unknownTypeOrFormatIsABadRequest() {
        String auditor = token(Roles.AUDITOR, agency);
        given().auth().oauth2(auditor).queryParam("type", "measurement").queryParam("format", "docx")
                .get("/api/archive/records/{id}/report", archiveId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"));
        given().auth().oauth2(auditor).queryParam("type", "lkjip").queryParam("format", "pdf")
                .get("/api/archive/records/{id}/report", archiveId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"));
        given().auth().oauth2(auditor).get("/api/archive/records/{id}/report", archiveId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"));
        given().auth().oauth2(auditor).queryParam("type", "collection")
                .get("/api/archive/records/{id}/report", "nope")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static byte[] report(String type, String format) {
        return given().auth().oauth2(token(Roles.AUDITOR, agency))
                .queryParam("type", type).queryParam("format", format)
                .get("/api/archive/records/{id}/report", archiveId)
                .then().statusCode(200)
                .extract().asByteArray();
    }

    private static String text(PdfReader pdf) throws IOException {
        PdfTextExtractor extractor = new PdfTextExtractor(pdf);
        StringBuilder text = new StringBuilder();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            text.append(extractor.getTextFromPage(p)).append('\n');
        }
        return text.toString();
    }

    /** Text wrapped in a table cell comes back broken over lines, so words are compared without white space. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String text(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\n')));
        return text.toString();
    }

    private static Row rowOf(Sheet sheet, String firstCell) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && firstCell.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(sheet.getSheetName() + " has no row " + firstCell);
    }

    private static Cell cell(Sheet sheet, Row row, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (header.equals(cell.getStringCellValue())) {
                return row.getCell(cell.getColumnIndex());
            }
        }
        throw new AssertionError(sheet.getSheetName() + " has no column " + header);
    }

    private static double number(Sheet sheet, Row row, String header) {
        Cell cell = cell(sheet, row, header);
        assertEquals(CellType.NUMERIC, cell.getCellType(), header + " is a number");
        return cell.getNumericCellValue();
    }

    /** One CSV line: ";"-separated, "" quoting. */
    private static List<String> fields(String line) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}

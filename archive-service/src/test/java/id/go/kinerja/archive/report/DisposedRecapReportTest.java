package id.go.kinerja.archive.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.go.kinerja.infrastructure.contracts.EventContracts;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The reports of the disposed recap exactly as approval's real code writes it (docs/events/samples/RecapDisposed.json):
 * what a reader of the archived report sees, the target, realisation, capaian and the headline, in every shape the
 * measurement writes (a value, a range, a grade).
 */
class DisposedRecapReportTest {

    private static final String SAMPLE = EventContracts.sample("RecapDisposed");

    @Test
    void readsEveryFieldTheReportsPrintFromTheProducersSample() {
        DisposedRecap recap = DisposedRecap.read(SAMPLE);

        EventContracts.assertEveryFieldRead(recap, "reportNumber",
                // one type for targets, realisations and the combined values: each carries only its own fields
                "items[].targets[].enteredBy", "items[].targets[].verifiedBy", "items[].targets[].note",
                "items[].realisations[].min", "items[].realisations[].max",
                // "no data" is an answer about a realisation: neither a target nor a combined value has it
                "items[].targets[].noData", "items[].targets[].noDataReason", "items[].result.target.noData",
                "items[].result.target.noDataReason", "items[].result.realisation.noData",
                "items[].result.realisation.noDataReason", "nodes[].rollUp.target.noData",
                "nodes[].rollUp.target.noDataReason", "nodes[].rollUp.realisation.noData",
                "nodes[].rollUp.realisation.noDataReason",
                "items[].result.target.quarter", "items[].result.target.enteredBy", "items[].result.target.verifiedBy",
                "items[].result.target.note", "items[].result.realisation.quarter", "items[].result.realisation.min",
                "items[].result.realisation.max", "items[].result.realisation.enteredBy",
                "items[].result.realisation.verifiedBy", "items[].result.realisation.note",
                // an item's result has no budget, a node's roll-up no target or realisation
                "items[].result.budgetAbsorption", "nodes[].rollUp.target", "nodes[].rollUp.realisation",
                "nodes[].rollUp.target.quarter", "nodes[].rollUp.target.value", "nodes[].rollUp.target.min",
                "nodes[].rollUp.target.max", "nodes[].rollUp.target.grade", "nodes[].rollUp.target.enteredBy",
                "nodes[].rollUp.target.verifiedBy", "nodes[].rollUp.target.note", "nodes[].rollUp.realisation.quarter",
                "nodes[].rollUp.realisation.value", "nodes[].rollUp.realisation.min", "nodes[].rollUp.realisation.max",
                "nodes[].rollUp.realisation.grade", "nodes[].rollUp.realisation.enteredBy",
                "nodes[].rollUp.realisation.verifiedBy", "nodes[].rollUp.realisation.note");
        assertEquals(new BigDecimal("100.00"), recap.headlineAchievement().achievement());
        assertEquals("OBJECTIVE", recap.headlineAchievement().level());
    }

    @Test
    void measurementPdfShowsTargetRealisationAndHeadline() throws IOException {
        String text = squeezed(pdfText(ReportType.MEASUREMENT));

        // the headline (capaian IKU, the Sasaran level), a range target, a decimal realisation, and a grade
        for (String expected : List.of("Capaian kinerja tingkat Sasaran: 100,00 %", "80–90", "85,5", "BB")) {
            assertTrue(text.contains(squeezed(expected)), () -> "PDF text lacks '" + expected + "':\n" + text);
        }
    }

    @Test
    void measurementXlsxHoldsTargetAndRealisationCells() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                render(ReportType.MEASUREMENT, false)))) {
            Sheet programs = workbook.getSheet("Program");
            Row ikp02 = rowOf(programs, "IKP-02");
            assertEquals(25, number(programs, ikp02, "Target"));
            assertEquals(20, number(programs, ikp02, "Realisasi"));
            assertEquals(80.00, number(programs, ikp02, "Capaian (%)"));
            Row ikp05 = rowOf(programs, "IKP-05");
            assertEquals("80–90", cell(programs, ikp05, "Target"));
            assertEquals(85.5, number(programs, ikp05, "Realisasi"));
            Sheet objectives = workbook.getSheet("Sasaran");
            Row iks01 = rowOf(objectives, "IKS-01");
            assertEquals("BB", cell(objectives, iks01, "Target"));
            assertEquals("BB", cell(objectives, iks01, "Realisasi"));
            assertTrue(text(workbook.getSheet("Laporan")).contains("Capaian kinerja tingkat Sasaran: 100,00 %"));
        }
    }

    @Test
    void aQuarterAnsweredNoDataShowsItsReasonInBothReportsAndTheXlsx() throws IOException {
        String reason = "Survei kepuasan triwulan I ditunda karena anggaran survei belum cair";
        String collection = squeezed(pdfText(ReportType.COLLECTION));
        assertTrue(collection.contains(squeezed("Tidak ada data: " + reason)), collection);
        String measurement = squeezed(pdfText(ReportType.MEASUREMENT));
        assertTrue(measurement.contains(squeezed("Tidak ada data (triwulan 1): " + reason)), measurement);
        assertTrue(measurement.contains("Belum lengkap"), "the INCOMPLETE result is named, not printed as 0");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(render(ReportType.MEASUREMENT, false)))) {
            Sheet programs = workbook.getSheet("Program");
            Row ikp07 = rowOf(programs, "IKP-07");
            assertEquals("Tidak ada data (triwulan 1): " + reason, cell(programs, ikp07, "Realisasi"));
            assertEquals("Belum lengkap", cell(programs, ikp07, "Predikat"));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(render(ReportType.COLLECTION, false)))) {
            Sheet data = workbook.getSheet("Data Kinerja");
            assertEquals("Tidak ada data: " + reason, cell(data, rowOf(data, "IKP-07"), "Realisasi"));
        }
    }

    @Test
    void collectionPdfShowsTheQuartersTargetAndRealisation() throws IOException {
        String text = squeezed(pdfText(ReportType.COLLECTION));

        for (String expected : List.of("80–90", "85,5", "BB", "Pelatihan angkatan I")) {
            assertTrue(text.contains(squeezed(expected)), () -> "PDF text lacks '" + expected + "':\n" + text);
        }
    }

    private static String pdfText(ReportType type) throws IOException {
        PdfReader pdf = new PdfReader(render(type, true));
        PdfTextExtractor extractor = new PdfTextExtractor(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private static byte[] render(ReportType type, boolean pdf) {
        Report report = ReportSamples.report(SAMPLE, type);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (pdf) {
            new PdfReportWriter().write(report, out);
        } else {
            new XlsxReportWriter().write(report, out);
        }
        return out.toByteArray();
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static Row rowOf(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && code.equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
                return row;
            }
        }
        throw new AssertionError("no row " + code + " in " + sheet.getSheetName());
    }

    private static int column(Sheet sheet, String header) {
        for (var cell : sheet.getRow(0)) {
            if (header.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static double number(Sheet sheet, Row row, String header) {
        return row.getCell(column(sheet, header)).getNumericCellValue();
    }

    private static String cell(Sheet sheet, Row row, String header) {
        return row.getCell(column(sheet, header)).getStringCellValue();
    }

    private static String text(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        for (Row row : sheet) {
            row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\n'));
        }
        return text.toString();
    }
}

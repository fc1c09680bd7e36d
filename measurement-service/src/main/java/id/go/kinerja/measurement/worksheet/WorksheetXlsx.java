package id.go.kinerja.measurement.worksheet;

import id.go.kinerja.measurement.recap.RecapMeasured.CombinedValue;
import id.go.kinerja.measurement.recap.RecapMeasured;
import id.go.kinerja.platform.export.IndonesianCalendar;
import id.go.kinerja.platform.export.XlsxCells;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The worksheet as an XLSX workbook for the team's Excel: a cover "Kertas Kerja" (agency, period, revision, measured
 * at in WIB, headline achievement), then "Indikator", "Simpul Rencana" and "Ringkasan Level", Indonesian headers,
 * figures as numeric cells with two decimals (achievements, percentages) or grouped thousands (rupiah), so they sum.
 */
final class WorksheetXlsx {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String COVER = "Kertas Kerja";
    static final String INDICATORS = "Indikator";
    static final String NODES = "Simpul Rencana";
    static final String LEVELS = "Ringkasan Level";

    private static final Map<String, String> LEVELS_ID = Map.of("GOAL", "Tujuan", "OBJECTIVE", "Sasaran",
            "PROGRAM", "Program", "ACTIVITY", "Kegiatan", "SUB_ACTIVITY", "Sub Kegiatan");

    private WorksheetXlsx() {
    }

    static void write(Worksheet worksheet, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(workbook);
            cover(workbook.createSheet(COVER), worksheet, styles);
            indicators(workbook.createSheet(INDICATORS), worksheet, styles);
            nodes(workbook.createSheet(NODES), worksheet, styles);
            levels(workbook.createSheet(LEVELS), worksheet, styles);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void cover(Sheet sheet, Worksheet worksheet, Styles styles) {
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 80 * 256);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue("Kertas Kerja Pengukuran Kinerja");
        title.getCell(0).setCellStyle(styles.bold);
        int r = 2;
        r = line(sheet, r, "Perangkat Daerah", worksheet.agencyName() + " (" + worksheet.agencyCode() + ")");
        r = line(sheet, r, "Periode", IndonesianCalendar.period(worksheet.year(), worksheet.quarter()));
        r = line(sheet, r, "Revisi", worksheet.revision() + " (pengukuran ke-" + worksheet.measuredRevision() + ")");
        r = line(sheet, r, "Status", worksheet.recapState() + (worksheet.frozen() ? " (final)" : ""));
        r = line(sheet, r, "Diukur", IndonesianCalendar.dateTime(worksheet.measuredAt()));
        r = line(sheet, r, "Skala predikat", worksheet.predicateScale() == null ? "" : worksheet.predicateScale().name());
        Row headline = sheet.createRow(r++);
        headline.createCell(0).setCellValue("Capaian IKU (%)");
        number(headline, 1, worksheet.headlineAchievement(), styles.percent);
        line(sheet, r, "Tanpa metodologi", String.join(", ", worksheet.methodologyMissing()));
    }

    private static void indicators(SXSSFSheet sheet, Worksheet worksheet, Styles styles) {
        header(sheet, styles, List.of("Kode", "Indikator Kinerja", "Satuan", "Simpul", "Bidang", "Versi Metodologi",
                "Target", "Realisasi", "Rumus", "Capaian (%)", "Predikat", "Status", "Catatan"));
        int r = 1;
        for (Worksheet.IndicatorRow indicator : worksheet.indicators()) {
            Row row = sheet.createRow(r++);
            text(row, 0, indicator.code());
            text(row, 1, indicator.name());
            text(row, 2, indicator.unit());
            text(row, 3, indicator.nodeCode());
            text(row, 4, indicator.divisionCode());
            if (indicator.methodologyVersion() != null) {
                number(row, 5, BigDecimal.valueOf(indicator.methodologyVersion()), styles.whole);
            }
            value(row, 6, indicator.target(), styles);
            value(row, 7, indicator.realisation(), styles);
            text(row, 8, indicator.formula());
            number(row, 9, indicator.achievement(), styles.percent);
            text(row, 10, predicate(indicator.predicate()));
            text(row, 11, indicator.status());
            text(row, 12, String.join(" ", indicator.flags()) + (indicator.note() == null ? "" : " " + indicator.note()));
        }
    }

    private static void nodes(SXSSFSheet sheet, Worksheet worksheet, Styles styles) {
        header(sheet, styles, List.of("Kode", "Level", "Nama", "Induk", "Status", "Capaian (%)", "Predikat",
                "Indikator Dinilai", "Pagu (Rp)", "Realisasi Anggaran (Rp)", "Serapan Anggaran (%)"));
        int r = 1;
        for (Worksheet.NodeRow node : worksheet.nodes()) {
            Row row = sheet.createRow(r++);
            text(row, 0, node.code());
            text(row, 1, level(node.level()));
            text(row, 2, node.name());
            text(row, 3, node.parentCode());
            text(row, 4, node.status());
            number(row, 5, node.achievement(), styles.percent);
            text(row, 6, predicate(node.predicate()));
            number(row, 7, BigDecimal.valueOf(node.evaluatedIndicators()), styles.whole);
            number(row, 8, node.budgetCeiling(), styles.money);
            number(row, 9, node.budgetRealised(), styles.money);
            number(row, 10, node.budgetAbsorption(), styles.percent);
        }
    }

    private static void levels(SXSSFSheet sheet, Worksheet worksheet, Styles styles) {
        header(sheet, styles, List.of("Level", "Status", "Capaian (%)", "Predikat", "Simpul", "Tidak Dapat Dinilai",
                "Jumlah per Predikat"));
        int r = 1;
        for (RecapMeasured.LevelSummary level : worksheet.levels()) {
            Row row = sheet.createRow(r++);
            text(row, 0, level(level.level()));
            text(row, 1, level.status());
            number(row, 2, level.achievement(), styles.percent);
            text(row, 3, predicate(level.predicate()));
            number(row, 4, BigDecimal.valueOf(level.nodes()), styles.whole);
            number(row, 5, BigDecimal.valueOf(level.notEvaluable()), styles.whole);
            text(row, 6, counts(level.predicateCounts()));
        }
    }

    private static void header(SXSSFSheet sheet, Styles styles, List<String> columns) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            header.createCell(c).setCellValue(columns.get(c));
            header.getCell(c).setCellStyle(styles.header);
            sheet.setColumnWidth(c, (columns.get(c).startsWith("Indikator Kinerja") || columns.get(c).equals("Nama")
                    ? 60 : 16) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static int line(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    /** A number as a numeric cell, a range as text "3–5" (Indonesian decimal comma), a grade as text. */
    private static void value(Row row, int column, CombinedValue value, Styles styles) {
        if (value == null) {
            return;
        }
        if (value.grade() != null) {
            text(row, column, value.grade());
        } else if (value.min() != null) {
            text(row, column, plain(value.min()) + "–" + plain(value.max()));
        } else {
            number(row, column, value.value(), styles.decimal);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            XlsxCells.number(cell, value);
            cell.setCellStyle(style);
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    /** The level as Indonesian plans name it. */
    private static String level(String level) {
        return level == null ? null : LEVELS_ID.getOrDefault(level, level);
    }

    /** "SANGAT_TINGGI" as a report prints it: "Sangat Tinggi". */
    private static String predicate(String predicate) {
        if (predicate == null) {
            return null;
        }
        return Arrays.stream(predicate.split("_"))
                .map(word -> word.isEmpty() ? word : word.charAt(0) + word.substring(1).toLowerCase())
                .collect(Collectors.joining(" "));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(entry -> predicate(entry.getKey()) + ": " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Made once per workbook: a workbook holds a limited number of styles. */
    private static final class Styles {
        private final CellStyle header;
        private final CellStyle bold;
        private final CellStyle percent;
        private final CellStyle decimal;
        private final CellStyle money;
        private final CellStyle whole;

        Styles(SXSSFWorkbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            header = XlsxCells.headerStyle(workbook, boldFont);
            percent = format(workbook, "#,##0.00");
            decimal = format(workbook, "#,##0.####");
            money = format(workbook, "#,##0");
            whole = format(workbook, "0");
        }

        private static CellStyle format(SXSSFWorkbook workbook, String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
            return style;
        }
    }
}

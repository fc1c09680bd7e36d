package id.go.kinerja.collection.worksheet;

import static id.go.kinerja.collection.worksheet.WorksheetColumns.GRADE;
import static id.go.kinerja.collection.worksheet.WorksheetColumns.NOTE;
import static id.go.kinerja.collection.worksheet.WorksheetColumns.NO_DATA_REASON;
import static id.go.kinerja.collection.worksheet.WorksheetColumns.REALISATION;

import id.go.kinerja.collection.plan.ValueType;
import id.go.kinerja.platform.export.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a worksheet as XLSX (POI's streaming writer: rows go to a temporary file as they are written, so a
 * round of 10,000 items needs no more memory than one of 10) or as CSV of the same columns.
 * <p>
 * In the XLSX the sheet is protected and only the cells an operator fills are open: the realisation of a
 * NUMBER / PERCENT item, the grade of a PREDICATE item, the note and the reason for no data, of entries not yet
 * verified. The
 * protection has no password: it guides, the upload checks every row anyway.
 */
final class WorksheetFiles {

    static final String DATA_SHEET = "Realisasi";
    static final String HELP_SHEET = "Petunjuk";

    /** SAKIP predicates (AA … D); the grades of the round's own targets join them in the grade list. */
    private static final List<String> GRADES = List.of("AA", "A", "BB", "B", "CC", "C", "D");
    /** Excel's limit for a list written into a validation rule. */
    private static final int MAX_LIST = 255;
    private static final int ROWS_IN_MEMORY = 200;

    private static final List<String> HELP = List.of(
            "Petunjuk pengisian lembar realisasi kinerja",
            "",
            "1. Isi hanya sel berwarna kuning pada lembar \"" + DATA_SHEET + "\"; sel lain terkunci.",
            "2. Kolom realisation: angka realisasi triwulan ini untuk indikator NUMBER atau PERCENT (tidak boleh "
                    + "negatif, paling banyak 4 angka desimal, tanpa tanda %).",
            "3. Kolom grade: predikat untuk indikator PREDICATE (misalnya BB), dipilih dari daftar.",
            "4. Kolom note: keterangan atau sumber data (paling banyak 2.000 karakter).",
            "5. Kolom no_data_reason: bila realisasi triwulan ini tidak tersedia (tidak ada data), kosongkan "
                    + "realisation dan grade lalu tulis alasannya di sini. Kepala Bidang memverifikasinya seperti isian "
                    + "lain; pengukuran mencatat indikator itu belum lengkap (INCOMPLETE), bukan 0 %.",
            "6. Baris yang tidak diisi tidak mengubah apa pun. Jangan mengubah kode indikator atau menambah kolom.",
            "7. Indikator yang sudah diverifikasi Kepala Bidang atau terkunci tidak dapat diubah dari lembar ini.",
            "8. Unggah kembali berkas ini ke e-Kinerja. Coba dahulu dengan dryRun=true: laporan menunjukkan "
                    + "baris yang akan dibuat, diubah, tetap, atau ditolak beserta alasannya, tanpa menyimpan apa pun.",
            "9. Satu baris yang ditolak menolak seluruh berkas: perbaiki baris itu lalu unggah lagi.",
            "10. Nilai yang dikirim sistem lain (state PROPOSED) tetap menunggu konfirmasi Anda; mengubahnya di sini "
                    + "menjadikannya isian Anda sendiri.");

    private WorksheetFiles() {
    }

    static void xlsx(Worksheet worksheet, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet(DATA_SHEET);
            sheet.createFreezePane(1, 1);
            int[] widths = {18, 60, 12, 22, 16, 12, 14, 14, 16, 10, 50, 50};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            Row header = sheet.createRow(0);
            for (int c = 0; c < WorksheetColumns.ALL.size(); c++) {
                header.createCell(c).setCellValue(WorksheetColumns.ALL.get(c));
                header.getCell(c).setCellStyle(styles.header);
            }
            TreeSet<String> grades = new TreeSet<>(GRADES);
            int r = 1;
            for (Worksheet.Line line : worksheet.lines()) {
                Row row = sheet.createRow(r++);
                boolean predicate = line.valueType() == ValueType.PREDICATE;
                if (predicate && line.target() != null) {
                    grades.add(line.target());
                }
                List<Object> cells = cells(line);
                for (int c = 0; c < cells.size(); c++) {
                    String column = WorksheetColumns.ALL.get(c);
                    boolean open = line.editable() && (column.equals(NOTE) || column.equals(NO_DATA_REASON)
                            || column.equals(REALISATION) && !predicate || column.equals(GRADE) && predicate);
                    var cell = row.createCell(c);
                    cell.setCellStyle(open ? styles.open : styles.locked);
                    Object value = cells.get(c);
                    if (value instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            if (r > 1) {
                validations(sheet, r - 1, grades);
            }
            sheet.protectSheet("");
            help(workbook, styles);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    /** The same columns as CSV, written with the platform's {@link CsvWriter}: no text runs as a formula. */
    static void csv(Worksheet worksheet, OutputStream out) {
        CsvWriter csv = CsvWriter.commaSeparated(out);
        csv.row(WorksheetColumns.ALL);
        for (Worksheet.Line line : worksheet.lines()) {
            csv.row(cells(line));
        }
        csv.flush();
    }

    /** The line's cells in the order of {@link WorksheetColumns#ALL}. */
    private static List<Object> cells(Worksheet.Line line) {
        List<Object> cells = new ArrayList<>();
        cells.add(line.indicatorCode());
        cells.add(line.indicatorName());
        cells.add(line.unit());
        cells.add(line.nodeCode());
        cells.add(line.divisionCode());
        cells.add(line.valueType().name());
        cells.add(line.target());
        cells.add(line.state().name());
        cells.add(line.value());
        cells.add(line.grade());
        cells.add(line.note());
        cells.add(line.noDataReason());
        return cells;
    }

    private static void validations(SXSSFSheet sheet, int lastRow, TreeSet<String> grades) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int realisation = WorksheetColumns.ALL.indexOf(REALISATION);
        DataValidation number = helper.createValidation(
                helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                new CellRangeAddressList(1, lastRow, realisation, realisation));
        number.setShowErrorBox(true);
        number.createErrorBox("Realisasi", "Isi angka yang tidak negatif, misalnya 72,5.");
        sheet.addValidationData(number);
        String list = String.join(",", grades);
        if (list.length() <= MAX_LIST) {
            int grade = WorksheetColumns.ALL.indexOf(GRADE);
            DataValidation choice = helper.createValidation(helper.createExplicitListConstraint(grades.toArray(String[]::new)),
                    new CellRangeAddressList(1, lastRow, grade, grade));
            choice.setShowErrorBox(true);
            choice.createErrorBox("Predikat", "Pilih predikat dari daftar, misalnya BB.");
            sheet.addValidationData(choice);
        }
    }

    private static void help(SXSSFWorkbook workbook, Styles styles) {
        SXSSFSheet help = workbook.createSheet(HELP_SHEET);
        help.setColumnWidth(0, 120 * 256);
        for (int i = 0; i < HELP.size(); i++) {
            var cell = help.createRow(i).createCell(0);
            cell.setCellValue(HELP.get(i));
            cell.setCellStyle(i == 0 ? styles.header : styles.text);
        }
        help.protectSheet("");
    }

    /** The few cell styles of a worksheet (a workbook's styles are shared, not made per cell). */
    private static final class Styles {

        final CellStyle header;
        final CellStyle locked;
        final CellStyle open;
        final CellStyle text;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = style(workbook, true, style -> {
                style.setFont(bold);
                style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return style;
            });
            locked = style(workbook, true, Function.identity());
            open = style(workbook, false, style -> {
                style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                style.setBorderBottom(BorderStyle.THIN);
                return style;
            });
            text = style(workbook, true, style -> {
                style.setWrapText(true);
                return style;
            });
        }

        private static CellStyle style(SXSSFWorkbook workbook, boolean locked, Function<CellStyle, CellStyle> shape) {
            CellStyle style = workbook.createCellStyle();
            style.setLocked(locked);
            return shape.apply(style);
        }
    }
}

package id.go.kinerja.archive.report;

import id.go.kinerja.archive.report.Report.Column;
import id.go.kinerja.archive.report.Report.Kind;
import id.go.kinerja.archive.report.Report.Row;
import id.go.kinerja.archive.report.Report.Table;
import id.go.kinerja.platform.export.IndonesianCalendar;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX with POI's streaming workbook, which keeps only a window of rows in memory and spills the rest to a
 * temporary file. A sheet "Laporan" holds the header, disposition and seal; each table gets a sheet of its
 * own with the header row frozen. Figures are numeric cells with a number format, so they can be summed;
 * the spreadsheet program shows them with the reader's own separators.
 */
final class XlsxReportWriter {

    static final String COVER_SHEET = "Laporan";
    /** Rows a sheet can hold (Excel's limit), the header row included. */
    static final int SHEET_ROWS = 1_048_576;

    void write(Report report, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            Styles styles = new Styles(workbook);
            cover(workbook.createSheet(COVER_SHEET), report, styles);
            for (Table table : report.tables()) {
                table(workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name())), table, styles);
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /**
     * A single table over as many sheets as it needs: the first named {@code sheetName}, any further ones
     * "{@code sheetName} (2)", … (past {@code sheetRows} rows, header included), each with its frozen header row.
     */
    static StreamedTable streamed(OutputStream out, String sheetName, List<Column> columns, int sheetRows) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        Styles styles = new Styles(workbook);
        return new StreamedTable() {
            private SXSSFSheet sheet;
            private int sheets;
            private int r;

            @Override
            public void add(Row row) {
                if (sheet == null || r == sheetRows) {
                    sheets++;
                    sheet = workbook.createSheet(sheets == 1 ? sheetName : sheetName + " (" + sheets + ")");
                    header(sheet, columns, styles);
                    r = 1;
                }
                row(sheet, r++, columns, row, styles);
            }

            @Override
            public void finish() {
                if (sheet == null) {
                    header(workbook.createSheet(sheetName), columns, styles);
                }
                try {
                    workbook.write(out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                workbook.dispose();
            }
        };
    }

    private static void cover(Sheet sheet, Report report, Styles styles) {
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 110 * 256);
        int r = 0;
        sheet.createRow(r++).createCell(0).setCellValue(report.title());
        sheet.getRow(0).getCell(0).setCellStyle(styles.bold);
        r = line(sheet, r, "Perangkat Daerah", report.agencyName() + " (" + report.agencyCode() + ")");
        r = line(sheet, r, "Periode", report.period());
        r = line(sheet, r, "Nomor", report.reportNumber());
        for (String highlight : report.highlights()) {
            r = line(sheet, r, "", highlight);
        }
        r++;
        r = line(sheet, r, "Disposisi Kepala", report.disposition().text());
        r = line(sheet, r, "Oleh", report.disposition().decidedBy());
        r = line(sheet, r, "Tanggal", report.disposition().decidedAtText());
        r++;
        Report.ArchiveSeal seal = report.seal();
        r = line(sheet, r, "ID arsip", seal.archiveId().toString());
        r = line(sheet, r, "Posisi rantai", String.valueOf(seal.chainPosition()));
        r = line(sheet, r, "Diarsipkan", IndonesianCalendar.dateTime(seal.archivedAt()));
        r = line(sheet, r, "Hash isi (SHA-256)", seal.contentHash());
        r = line(sheet, r, "Segel sebelumnya", seal.previousHash());
        r = line(sheet, r, "Segel", seal.seal());
        r = line(sheet, r, "Verifikasi", seal.howToVerify());
    }

    private static int line(Sheet sheet, int r, String label, String value) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    private static void table(SXSSFSheet sheet, Table table, Styles styles) {
        header(sheet, table.columns(), styles);
        int r = 1;
        for (Row row : table.rows()) {
            row(sheet, r++, table.columns(), row, styles);
        }
    }

    /** Row 0: the column headers, frozen, each column as wide as its content usually is. */
    private static void header(SXSSFSheet sheet, List<Column> columns, Styles styles) {
        org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            header.createCell(c).setCellValue(column.header());
            header.getCell(c).setCellStyle(styles.header);
            sheet.setColumnWidth(c, width(column) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** One row: figures as numeric cells with the number format of their kind, text as text. */
    private static void row(Sheet sheet, int r, List<Column> columns, Row row, Styles styles) {
        org.apache.poi.ss.usermodel.Row sheetRow = sheet.createRow(r);
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            Object value = row.get(column.key());
            if (value instanceof BigDecimal number) {
                BigDecimal shown = IndonesianFormat.scaled(number, column.kind());
                var cell = sheetRow.createCell(c);
                cell.setCellValue(shown.doubleValue());
                cell.setCellStyle(styles.number(shown.scale(), row.summary()));
            } else if (value != null && !value.toString().isEmpty()) {
                var cell = sheetRow.createCell(c);
                cell.setCellValue(value.toString());
                if (row.summary()) {
                    cell.setCellStyle(styles.bold);
                }
            }
        }
    }

    private static int width(Column column) {
        return switch (column.key()) {
            case "indicator" -> 60;
            case "reason", "note" -> 50;
            case "enteredBy", "verifiedBy", "decidedBy", "predicateCounts", "decidedAt" -> 32;
            case "budgetCeiling", "budgetRealised" -> 20;
            case "agencyName" -> 40;
            case "seal", "archiveId" -> 66;
            default -> column.kind() == Kind.TEXT ? 16 : 13;
        };
    }

    /** A workbook holds at most 64,000 styles, so they are made once and shared. */
    private static final class Styles {
        private final SXSSFWorkbook workbook;
        private final CellStyle header;
        private final CellStyle bold;
        private final Font boldFont;
        private final Map<String, CellStyle> numbers = new HashMap<>();

        Styles(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        CellStyle number(int scale, boolean summary) {
            return numbers.computeIfAbsent(scale + "/" + summary, key -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat()
                        .getFormat(scale <= 0 ? "#,##0" : "#,##0." + "0".repeat(scale)));
                if (summary) {
                    style.setFont(boldFont);
                }
                return style;
            });
        }
    }
}

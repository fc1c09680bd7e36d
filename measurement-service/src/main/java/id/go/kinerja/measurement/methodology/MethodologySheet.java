package id.go.kinerja.measurement.methodology;

import id.go.kinerja.measurement.engine.Methodology.Frequency;
import id.go.kinerja.measurement.engine.Methodology.NegativeFormula;
import id.go.kinerja.measurement.engine.Methodology.PeriodAggregation;
import id.go.kinerja.measurement.engine.Methodology.Polarity;
import id.go.kinerja.measurement.engine.Methodology.ValueType;
import id.go.kinerja.measurement.problem.MeasurementProblem;
import id.go.kinerja.platform.export.XlsxCells;
import id.go.kinerja.platform.problem.DomainProblem;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.PlatformProblem;
import id.go.kinerja.platform.upload.ArchiveInspection;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The methodology sheet (lembar metodologi of the Kertas Kerja Pengukuran Kinerja): one row per indicator, written
 * prefilled for the team to review in Excel and read back for a bulk save. Values are the API's names (POSITIVE,
 * QUARTERLY, ...), so a sheet and the JSON form say the same.
 */
final class MethodologySheet {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SHEET = "Metodologi";
    static final List<String> HEADER = List.of("Kode Indikator", "Nama Indikator", "Satuan", "Polaritas",
            "Jenis Nilai", "Periode", "Agregasi", "Rumus Negatif", "Bobot", "Skala Predikat");
    private static final int MAX_ROWS = 5000;

    private MethodologySheet() {
    }

    static void write(List<IndicatorMethodology> indicators, OutputStream out) {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = XlsxCells.headerStyle(workbook, bold);
            Row first = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                first.createCell(c).setCellValue(HEADER.get(c));
                first.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, (c == 1 ? 60 : 16) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (IndicatorMethodology indicator : indicators) {
                Row row = sheet.createRow(r++);
                text(row, 0, indicator.indicatorCode());
                text(row, 1, indicator.indicatorName());
                text(row, 2, indicator.unit());
                MethodologyView current = indicator.current();
                DraftView draft = indicator.draft();
                if (current != null) {
                    fill(row, current.polarity(), current.valueType(), current.frequency(), current.periodAggregation(),
                            current.negativeFormula(), current.weight(), current.gradeScale());
                } else if (draft != null) {
                    fill(row, draft.polarity(), draft.valueType(), draft.frequency(), draft.periodAggregation(), null,
                            BigDecimal.ONE, draft.gradeScale());
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of an uploaded sheet, numbered as the sheet numbers them (the header is row 1). The upload is spooled
     * to a file and passes the platform's zip-bomb check before POI opens it.
     */
    static List<MethodologyService.BulkRow> read(InputStream in, String reason, boolean acknowledged,
                                                 ArchiveInspection archives) {
        Path spool = null;
        try {
            spool = Files.createTempFile("kinerja-methodology-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(spool)) {
                in.transferTo(out);
            }
            archives.entries(spool);
            OPCPackage pkg = OPCPackage.open(spool.toFile(), PackageAccess.READ);
            try (Workbook workbook = new XSSFWorkbook(pkg)) {
                return rows(workbook, reason, acknowledged);
            } finally {
                pkg.revert();
            }
        } catch (DomainProblem problem) {
            throw problem;
        } catch (Exception unreadable) {
            throw new InvalidInput(PlatformProblem.FILE_UNREADABLE, "file", PlatformProblem.text("file.notXlsx"));
        } finally {
            if (spool != null) {
                spool.toFile().delete();
            }
        }
    }

    private static List<MethodologyService.BulkRow> rows(Workbook workbook, String reason, boolean acknowledged) {
        Sheet sheet = workbook.getSheet(SHEET);
        if (sheet == null) {
            throw new InvalidInput("file", MeasurementProblem.text("methodology.sheetMissing", SHEET));
        }
        DataFormatter cells = new DataFormatter();
        List<MethodologyService.BulkRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0 || cell(cells, row, 0) == null) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw new InvalidInput("file", MeasurementProblem.text("methodology.sheetTooManyRows", MAX_ROWS));
            }
            rows.add(new MethodologyService.BulkRow(row.getRowNum() + 1, cell(cells, row, 0), new MethodologyRequest(
                    value(Polarity.class, cells, row, 3), value(ValueType.class, cells, row, 4),
                    value(Frequency.class, cells, row, 5), value(PeriodAggregation.class, cells, row, 6),
                    value(NegativeFormula.class, cells, row, 7), weight(cells, row), cell(cells, row, 9), reason,
                    acknowledged)));
        }
        return rows;
    }

    private static void fill(Row row, Polarity polarity, ValueType valueType, Frequency frequency,
                             PeriodAggregation aggregation, NegativeFormula formula, BigDecimal weight,
                             String gradeScale) {
        text(row, 3, name(polarity));
        text(row, 4, name(valueType));
        text(row, 5, name(frequency));
        text(row, 6, name(aggregation));
        text(row, 7, name(formula));
        XlsxCells.number(row.createCell(8), weight);
        text(row, 9, gradeScale);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static String cell(DataFormatter cells, Row row, int column) {
        Cell cell = row.getCell(column);
        String text = cell == null ? "" : cells.formatCellValue(cell).strip();
        return text.isEmpty() ? null : text;
    }

    /** A value the row names, or null (the row is then refused by the rules, field by field). */
    private static <E extends Enum<E>> E value(Class<E> type, DataFormatter cells, Row row, int column) {
        String text = cell(cells, row, column);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase());
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInput(HEADER.get(column), MeasurementProblem.text("methodology.sheetNotOneOf",
                    row.getRowNum() + 1, text, List.of(type.getEnumConstants())));
        }
    }

    private static BigDecimal weight(DataFormatter cells, Row row) {
        String text = cell(cells, row, 8);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput("Bobot", MeasurementProblem.text("methodology.sheetNotANumber", row.getRowNum() + 1, text));
        }
    }
}

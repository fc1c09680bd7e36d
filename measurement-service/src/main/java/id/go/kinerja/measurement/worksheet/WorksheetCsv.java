package id.go.kinerja.measurement.worksheet;

import id.go.kinerja.measurement.recap.RecapMeasured;
import id.go.kinerja.measurement.recap.RecapMeasured.CombinedValue;
import id.go.kinerja.platform.export.CsvWriter;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The worksheet as one CSV sheet: a row per indicator, then per plan node, then per level, told
 * apart by {@code row_type}, so that a spreadsheet shows the whole Kertas Kerja at once. Written with the
 * platform's {@link CsvWriter}: names, units and other text never run as formulas in the reader's spreadsheet.
 */
final class WorksheetCsv {

    static final String MEDIA_TYPE = "text/csv";

    private static final List<String> HEADER = List.of("row_type", "level", "code", "name", "unit", "node_code",
            "division_code", "methodology_version", "target", "realisation", "formula", "achievement", "predicate",
            "status", "flags", "budget_ceiling", "budget_realised", "budget_absorption", "predicate_counts", "note");

    private WorksheetCsv() {
    }

    static void write(Worksheet worksheet, OutputStream out) {
        CsvWriter csv = CsvWriter.commaSeparated(out);
        csv.row(HEADER);
        for (Worksheet.IndicatorRow row : worksheet.indicators()) {
            csv.row("INDICATOR", null, row.code(), row.name(), row.unit(), row.nodeCode(), row.divisionCode(),
                    row.methodologyVersion(), value(row.target()), value(row.realisation()), row.formula(),
                    row.achievement(), row.predicate(), row.status(), String.join(" ", row.flags()), null, null, null,
                    null, row.note());
        }
        for (Worksheet.NodeRow row : worksheet.nodes()) {
            csv.row("NODE", row.level(), row.code(), row.name(), null, row.parentCode(), null, null, null, null, null,
                    row.achievement(), row.predicate(), row.status(), null, row.budgetCeiling(), row.budgetRealised(),
                    row.budgetAbsorption(), null, null);
        }
        for (RecapMeasured.LevelSummary level : worksheet.levels()) {
            csv.row("LEVEL", level.level(), null, null, null, null, null, null, null, null, null, level.achievement(),
                    level.predicate(), level.status(), null, null, null, null, counts(level.predicateCounts()), null);
        }
        csv.flush();
    }

    /** A number, a range ("70–80") or a grade. */
    private static Object value(CombinedValue value) {
        if (value == null) {
            return null;
        }
        if (value.grade() != null) {
            return value.grade();
        }
        if (value.min() != null) {
            return value.min().toPlainString() + "–" + value.max().toPlainString();
        }
        return value.value();
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(" "));
    }
}

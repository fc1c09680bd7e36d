package id.go.kinerja.measurement.worksheet;

import id.go.kinerja.measurement.recap.RecapMeasured;
import id.go.kinerja.measurement.recap.RecapMeasured.CombinedValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The worksheet as one CSV sheet: a row per indicator, then per plan node, then per level, told
 * apart by {@code row_type}, so that a spreadsheet shows the whole Kertas Kerja at once.
 */
final class WorksheetCsv {

    static final String MEDIA_TYPE = "text/csv";

    private static final List<String> HEADER = List.of("row_type", "level", "code", "name", "unit", "node_code",
            "division_code", "methodology_version", "target", "realisation", "formula", "achievement", "predicate",
            "status", "flags", "budget_ceiling", "budget_realised", "budget_absorption", "predicate_counts");

    private WorksheetCsv() {
    }

    static String write(Worksheet worksheet) {
        StringBuilder csv = new StringBuilder(256 * (worksheet.indicators().size() + worksheet.nodes().size() + 8));
        line(csv, HEADER);
        for (Worksheet.IndicatorRow row : worksheet.indicators()) {
            line(csv, List.of("INDICATOR", "", text(row.code()), text(row.name()), text(row.unit()), text(row.nodeCode()),
                    text(row.divisionCode()), number(row.methodologyVersion()), value(row.target()),
                    value(row.realisation()), text(row.formula()), number(row.achievement()), text(row.predicate()),
                    text(row.status()), String.join(" ", row.flags()), "", "", "", ""));
        }
        for (Worksheet.NodeRow row : worksheet.nodes()) {
            line(csv, List.of("NODE", text(row.level()), text(row.code()), text(row.name()), "", text(row.parentCode()),
                    "", "", "", "", "", number(row.achievement()), text(row.predicate()), text(row.status()), "",
                    number(row.budgetCeiling()), number(row.budgetRealised()), number(row.budgetAbsorption()), ""));
        }
        for (RecapMeasured.LevelSummary level : worksheet.levels()) {
            line(csv, List.of("LEVEL", text(level.level()), "", "", "", "", "", "", "", "", "", number(level.achievement()),
                    text(level.predicate()), text(level.status()), "", "", "", "", counts(level.predicateCounts())));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(escape(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String escape(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** Free text; a leading = + - @ would make a spreadsheet run it as a formula. */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String value(CombinedValue value) {
        if (value == null) {
            return "";
        }
        if (value.grade() != null) {
            return text(value.grade());
        }
        if (value.min() != null) {
            return value.min().toPlainString() + "–" + value.max().toPlainString();
        }
        return number(value.value());
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(" "));
    }
}

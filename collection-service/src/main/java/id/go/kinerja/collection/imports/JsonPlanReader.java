package id.go.kinerja.collection.imports;

import static id.go.kinerja.collection.imports.PlanColumns.BUDGET_CEILING;
import static id.go.kinerja.collection.imports.PlanColumns.CODE;
import static id.go.kinerja.collection.imports.PlanColumns.DIVISION_CODE;
import static id.go.kinerja.collection.imports.PlanColumns.FREQUENCY;
import static id.go.kinerja.collection.imports.PlanColumns.INDICATOR_CODE;
import static id.go.kinerja.collection.imports.PlanColumns.INDICATOR_NAME;
import static id.go.kinerja.collection.imports.PlanColumns.LEVEL;
import static id.go.kinerja.collection.imports.PlanColumns.NAME;
import static id.go.kinerja.collection.imports.PlanColumns.PARENT_CODE;
import static id.go.kinerja.collection.imports.PlanColumns.PERIOD_AGGREGATION;
import static id.go.kinerja.collection.imports.PlanColumns.POLARITY;
import static id.go.kinerja.collection.imports.PlanColumns.QUARTERS;
import static id.go.kinerja.collection.imports.PlanColumns.TARGET_YEAR;
import static id.go.kinerja.collection.imports.PlanColumns.UNIT;
import static id.go.kinerja.collection.imports.PlanColumns.VALUE_TYPE;

import id.go.kinerja.collection.imports.ImportReport.RowKind;
import id.go.kinerja.collection.plan.Frequency;
import id.go.kinerja.collection.plan.PlanDocument;
import id.go.kinerja.collection.plan.Target;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The plan document of {@code PUT /plan/{year}} as rows of the flat layout, so that JSON, CSV and XLSX
 * are checked by the same rules: nodes first (row 1 = nodes[0]), then indicators.
 */
final class JsonPlanReader {

    private JsonPlanReader() {
    }

    static void read(PlanDocument document, Consumer<PlanRow> rows) {
        int row = 0;
        for (PlanDocument.Node node : document.nodes() == null ? List.<PlanDocument.Node>of() : document.nodes()) {
            if (node == null) {
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            cells.put(LEVEL, node.level() == null ? null : node.level().name());
            cells.put(CODE, node.code());
            cells.put(PARENT_CODE, node.parentCode());
            cells.put(NAME, node.name());
            cells.put(BUDGET_CEILING, plain(node.budgetCeiling()));
            rows.accept(PlanRowParser.parse(++row, cells, RowKind.NODE));
        }
        for (PlanDocument.IndicatorSpec spec : document.indicators() == null
                ? List.<PlanDocument.IndicatorSpec>of() : document.indicators()) {
            if (spec == null) {
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            cells.put(CODE, spec.nodeCode());
            cells.put(INDICATOR_CODE, spec.code());
            cells.put(INDICATOR_NAME, spec.name());
            cells.put(UNIT, spec.unit());
            cells.put(DIVISION_CODE, spec.divisionCode());
            cells.put(POLARITY, name(spec.polarity()));
            cells.put(VALUE_TYPE, name(spec.valueType()));
            cells.put(FREQUENCY, name(spec.frequency()));
            cells.put(PERIOD_AGGREGATION, name(spec.periodAggregation()));
            if (spec.targets() != null) {
                for (Target target : spec.targets()) {
                    if (target == null) {
                        continue;
                    }
                    int quarter = target.quarter() == null ? 4 : target.quarter();
                    String column = spec.frequency() == Frequency.ANNUAL ? TARGET_YEAR
                            : QUARTERS.get(Math.max(1, Math.min(4, quarter)) - 1);
                    cells.put(column, cell(target));
                }
            }
            rows.accept(PlanRowParser.parse(++row, cells, RowKind.INDICATOR));
        }
    }

    private static String cell(Target target) {
        if (target.grade() != null) {
            return target.grade();
        }
        if (target.min() != null || target.max() != null) {
            return plain(target.min()) + ".." + plain(target.max());
        }
        return plain(target.value());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}

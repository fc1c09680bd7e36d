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
import id.go.kinerja.collection.plan.NodeLevel;
import id.go.kinerja.collection.plan.PeriodAggregation;
import id.go.kinerja.collection.plan.Polarity;
import id.go.kinerja.collection.plan.Target;
import id.go.kinerja.collection.plan.ValueType;
import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.collection.support.Codes;
import id.go.kinerja.platform.problem.PlatformProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Turns the cells of one row into a {@link PlanRow}, recording every cell that is missing or of the wrong type. */
final class PlanRowParser {

    private static final Pattern CODE_PATTERN = Pattern.compile(Codes.CODE);
    private static final Pattern DIVISION_PATTERN = Pattern.compile(Codes.DIVISION);
    private static final Pattern GRADE_PATTERN = Pattern.compile(Codes.GRADE);
    private static final String RANGE = "..";

    /** SIPD / e-sakip exports name the levels in Indonesian. */
    private static final Map<String, NodeLevel> LEVELS = Map.of(
            "TUJUAN", NodeLevel.GOAL, "SASARAN", NodeLevel.OBJECTIVE, "KEGIATAN", NodeLevel.ACTIVITY,
            "SUB_KEGIATAN", NodeLevel.SUB_ACTIVITY, "SUBKEGIATAN", NodeLevel.SUB_ACTIVITY);

    private PlanRowParser() {
    }

    /** A row of a CSV or XLSX file: an indicator row when it has an indicator code, else a node row. */
    static PlanRow parse(int rowNumber, Map<String, String> cells) {
        return parse(rowNumber, cells, null);
    }

    static PlanRow parse(int rowNumber, Map<String, String> cells, RowKind kind) {
        Function<String, String> cell = column -> {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        };
        String indicatorCode = cell.apply(INDICATOR_CODE);
        PlanRow row = new PlanRow(rowNumber, kind != null ? kind : indicatorCode == null ? RowKind.NODE : RowKind.INDICATOR);
        row.code = code(row, CODE, cell.apply(CODE), true);
        if (row.kind == RowKind.NODE) {
            node(row, cell);
        } else {
            row.indicatorCode = code(row, INDICATOR_CODE, indicatorCode, true);
            indicator(row, cell);
        }
        return row;
    }

    private static void node(PlanRow row, Function<String, String> cell) {
        row.level = level(row, cell.apply(LEVEL));
        row.parentCode = code(row, PARENT_CODE, cell.apply(PARENT_CODE), false);
        row.name = text(row, NAME, cell.apply(NAME), 500);
        row.budgetCeiling = decimal(row, BUDGET_CEILING, cell.apply(BUDGET_CEILING), 16, 2);
        for (String column : PlanColumns.INDICATOR_ONLY) {
            if (cell.apply(column) != null) {
                row.error(column, CollectionProblem.text("import.indicatorColumnOnNode"));
                return;
            }
        }
    }

    private static void indicator(PlanRow row, Function<String, String> cell) {
        row.indicatorName = text(row, INDICATOR_NAME, cell.apply(INDICATOR_NAME), 500);
        row.unit = text(row, UNIT, cell.apply(UNIT), 50);
        String division = cell.apply(DIVISION_CODE);
        if (division == null) {
            row.error(DIVISION_CODE, CollectionProblem.text("import.requiredOnIndicator"));
        } else if (!DIVISION_PATTERN.matcher(division).matches()) {
            row.error(DIVISION_CODE, PlatformProblem.text("constraint.kinerja.divisionCode"));
        } else {
            row.divisionCode = division;
        }
        row.polarity = choice(row, POLARITY, cell.apply(POLARITY), Polarity.class);
        row.valueType = choice(row, VALUE_TYPE, cell.apply(VALUE_TYPE), ValueType.class);
        row.frequency = choice(row, FREQUENCY, cell.apply(FREQUENCY), Frequency.class);
        row.periodAggregation = choice(row, PERIOD_AGGREGATION, cell.apply(PERIOD_AGGREGATION), PeriodAggregation.class);
        if (row.valueType == null || row.frequency == null) {
            return;
        }
        List<Target> targets = new ArrayList<>();
        String yearly = cell.apply(TARGET_YEAR);
        if (row.frequency == Frequency.ANNUAL) {
            QUARTERS.stream().filter(column -> cell.apply(column) != null).findFirst().ifPresent(column ->
                    row.error(column, CollectionProblem.text("import.annualQuarters")));
            if (yearly != null) {
                target(row, TARGET_YEAR, 4, yearly, targets);
            }
        } else {
            if (yearly != null) {
                row.error(TARGET_YEAR, CollectionProblem.text("import.quarterlyYear"));
            }
            for (int quarter = 1; quarter <= 4; quarter++) {
                String value = cell.apply(QUARTERS.get(quarter - 1));
                if (value != null) {
                    target(row, QUARTERS.get(quarter - 1), quarter, value, targets);
                }
            }
        }
        row.targets = targets;
    }

    private static void target(PlanRow row, String column, int quarter, String cell, List<Target> targets) {
        if (row.valueType == ValueType.PREDICATE) {
            if (!GRADE_PATTERN.matcher(cell).matches()) {
                row.error(column, CollectionProblem.text("import.predicateGrade"));
                return;
            }
            targets.add(Target.of(quarter, null, null, null, cell));
            return;
        }
        int range = cell.indexOf(RANGE);
        if (range > 0) {
            BigDecimal min = targetNumber(row, column, cell.substring(0, range));
            BigDecimal max = targetNumber(row, column, cell.substring(range + RANGE.length()));
            if (min != null && max != null) {
                targets.add(Target.of(quarter, null, min, max, null));
            }
            return;
        }
        BigDecimal value = targetNumber(row, column, cell);
        if (value != null) {
            targets.add(Target.of(quarter, value, null, null, null));
        }
    }

    private static BigDecimal targetNumber(PlanRow row, String column, String text) {
        return decimal(row, column, text.strip(), 15, 4);
    }

    private static String code(PlanRow row, String column, String value, boolean required) {
        if (value == null) {
            if (required) {
                row.error(column, CollectionProblem.text("import.required"));
            }
            return null;
        }
        if (!CODE_PATTERN.matcher(value).matches()) {
            row.error(column, PlatformProblem.text("constraint.kinerja.code"));
            return null;
        }
        return value;
    }

    private static String text(PlanRow row, String column, String value, int max) {
        if (value == null) {
            row.error(column, CollectionProblem.text("import.required"));
            return null;
        }
        if (value.length() > max) {
            row.error(column, CollectionProblem.text("worksheet.tooLong", max));
            return null;
        }
        return value;
    }

    private static NodeLevel level(PlanRow row, String value) {
        if (value == null) {
            row.error(LEVEL, CollectionProblem.text("import.requiredOnNode"));
            return null;
        }
        String name = value.toUpperCase(Locale.ROOT).replace(' ', '_');
        if (LEVELS.containsKey(name)) {
            return LEVELS.get(name);
        }
        try {
            return NodeLevel.valueOf(name);
        } catch (IllegalArgumentException e) {
            row.error(LEVEL, CollectionProblem.text("import.level", value, Arrays.toString(NodeLevel.values())));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(PlanRow row, String column, String value, Class<E> type) {
        if (value == null) {
            row.error(column, CollectionProblem.text("import.requiredOnIndicator"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            row.error(column, CollectionProblem.text("import.notOneOf", value, Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static BigDecimal decimal(PlanRow row, String column, String value, int integerDigits, int fractionDigits) {
        if (value == null) {
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            row.error(column, CollectionProblem.text("import.notANumber", value));
            return null;
        }
        if (number.signum() < 0) {
            row.error(column, PlatformProblem.text("constraint.kinerja.notNegative"));
            return null;
        }
        BigDecimal plain = number.stripTrailingZeros();
        if (plain.scale() > fractionDigits || plain.precision() - plain.scale() > integerDigits) {
            row.error(column, CollectionProblem.text("import.digits", integerDigits, fractionDigits));
            return null;
        }
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}

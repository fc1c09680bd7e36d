package id.go.kinerja.collection.imports;

import java.util.List;

/** The columns of a plan file (docs/import.md), in their usual order. */
final class PlanColumns {

    static final String LEVEL = "level";
    static final String CODE = "code";
    static final String PARENT_CODE = "parent_code";
    static final String NAME = "name";
    static final String BUDGET_CEILING = "budget_ceiling";
    static final String INDICATOR_CODE = "indicator_code";
    static final String INDICATOR_NAME = "indicator_name";
    static final String UNIT = "unit";
    static final String DIVISION_CODE = "division_code";
    static final String POLARITY = "polarity";
    static final String VALUE_TYPE = "value_type";
    static final String FREQUENCY = "frequency";
    static final String PERIOD_AGGREGATION = "period_aggregation";
    static final String TARGET_YEAR = "target_year";
    static final List<String> QUARTERS = List.of("target_q1", "target_q2", "target_q3", "target_q4");

    static final List<String> ALL = List.of(LEVEL, CODE, PARENT_CODE, NAME, BUDGET_CEILING, INDICATOR_CODE,
            INDICATOR_NAME, UNIT, DIVISION_CODE, POLARITY, VALUE_TYPE, FREQUENCY, PERIOD_AGGREGATION,
            QUARTERS.get(0), QUARTERS.get(1), QUARTERS.get(2), QUARTERS.get(3), TARGET_YEAR);

    /** Columns only an indicator row fills. */
    static final List<String> INDICATOR_ONLY = ALL.subList(ALL.indexOf(INDICATOR_NAME), ALL.size());

    private PlanColumns() {
    }

    /** The header as column names (trimmed, lower case), refusing missing, unknown or repeated columns. */
    static List<String> header(List<String> cells) {
        return Headers.check(cells, "plan", ALL, ALL);
    }
}

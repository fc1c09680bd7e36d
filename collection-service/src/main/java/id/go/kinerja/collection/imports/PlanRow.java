package id.go.kinerja.collection.imports;

import id.go.kinerja.collection.imports.ImportReport.RowKind;
import id.go.kinerja.collection.plan.Frequency;
import id.go.kinerja.collection.plan.NodeLevel;
import id.go.kinerja.collection.plan.PeriodAggregation;
import id.go.kinerja.collection.plan.Polarity;
import id.go.kinerja.collection.plan.Target;
import id.go.kinerja.collection.plan.ValueType;
import id.go.kinerja.platform.problem.Message;
import id.go.kinerja.platform.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a plan file after reading its cells: a node (no indicator code) or an indicator of the node
 * named in {@code code}, with the problems found so far.
 */
final class PlanRow {

    final int row;
    final RowKind kind;
    final List<FieldError> errors = new ArrayList<>();

    String code;
    NodeLevel level;
    String parentCode;
    String name;
    BigDecimal budgetCeiling;

    String indicatorCode;
    String indicatorName;
    String unit;
    String divisionCode;
    Polarity polarity;
    ValueType valueType;
    Frequency frequency;
    PeriodAggregation periodAggregation;
    List<Target> targets = List.of();

    PlanRow(int row, RowKind kind) {
        this.row = row;
        this.kind = kind;
    }

    /** The code the row is identified by: the node's, or the indicator's. */
    String key() {
        return kind == RowKind.NODE ? code : indicatorCode;
    }

    void error(String field, Message message) {
        errors.add(new FieldError(field, message));
    }
}

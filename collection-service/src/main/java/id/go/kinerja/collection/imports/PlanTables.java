package id.go.kinerja.collection.imports;

import id.go.kinerja.collection.plan.IndicatorYearTarget;
import id.go.kinerja.collection.plan.NodeLevel;
import id.go.kinerja.collection.plan.Target;
import id.go.kinerja.collection.support.CopyRows;
import id.go.kinerja.collection.support.TimeOrderedIds;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.Session;

/**
 * Inserts the rows an import creates straight through the transaction's JDBC connection, one {@code COPY} per
 * table. Created rows need none of the persistence context's bookkeeping (nothing reads them back in the import),
 * and tens of thousands of managed entities cost most of a large import's time. Their ids are time-ordered, so
 * each index grows at its right edge. The copies run in the import's transaction: a failure later still rolls them
 * back, and the tables' constraints and foreign keys are checked as for any insert.
 */
final class PlanTables {

    record NewNode(UUID id, String code, NodeLevel level, String name, UUID parentId) {
    }

    record NewBudget(UUID nodeId, BigDecimal ceiling) {
    }

    record NewIndicator(UUID id, PlanRow row, UUID nodeId, UUID divisionId) {
    }

    /** The year's targets of an indicator: one row, a quarter's number, range or grade in its four columns. */
    record NewTargets(UUID indicatorId, List<Target> targets) {
    }

    private final EntityManager entityManager;
    private final String agency;
    private final int year;

    PlanTables(EntityManager entityManager, String agency, int year) {
        this.entityManager = entityManager;
        this.agency = agency;
        this.year = year;
    }

    /** Nodes in the given order (parents before their children). */
    void insertNodes(List<NewNode> nodes) {
        copy("plan_node (id, agency_code, code, level, name, parent_id, version)", nodes, (row, node) -> row
                .value(node.id()).value(agency).value(node.code()).value(node.level().name()).value(node.name())
                .value(node.parentId()).value(0));
    }

    void insertBudgets(List<NewBudget> budgets) {
        copy("node_budget (id, node_id, year, ceiling)", budgets, (row, budget) -> row
                .value(TimeOrderedIds.next()).value(budget.nodeId()).value(year).value(budget.ceiling()));
    }

    void insertIndicators(List<NewIndicator> indicators) {
        copy("indicator (id, agency_code, code, name, unit, node_id, division_id, polarity, value_type, frequency, "
                + "period_aggregation, version)", indicators, (row, indicator) -> {
                    PlanRow plan = indicator.row();
                    row.value(indicator.id()).value(agency).value(plan.indicatorCode).value(plan.indicatorName)
                            .value(plan.unit).value(indicator.nodeId()).value(indicator.divisionId())
                            .value(plan.polarity.name()).value(plan.valueType.name()).value(plan.frequency.name())
                            .value(plan.periodAggregation.name()).value(0);
                });
    }

    void insertTargets(List<NewTargets> targets) {
        copy("indicator_year_target (indicator_id, year, " + quarterColumns() + ")",
                targets.stream().filter(item -> !item.targets().isEmpty()).toList(), (row, item) -> {
                    row.value(item.indicatorId()).value(year);
                    for (Target target : IndicatorYearTarget.byQuarter(item.targets())) {
                        if (target == null) {
                            row.none().none().none().none();
                        } else {
                            row.value(target.value()).value(target.min()).value(target.max()).value(target.grade());
                        }
                    }
                });
    }

    private static String quarterColumns() {
        return IntStream.rangeClosed(1, 4).mapToObj(quarter -> "q%1$d_value, q%1$d_min_value, q%1$d_max_value, q%1$d_grade"
                .formatted(quarter)).collect(Collectors.joining(", "));
    }

    private <T> void copy(String table, List<T> items, BiConsumer<CopyRows, T> fields) {
        if (items.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork((Connection connection) -> {
            try (CopyRows rows = CopyRows.into(connection, table)) {
                for (T item : items) {
                    fields.accept(rows, item);
                    rows.endRow();
                }
                rows.finish();
            }
        });
    }
}

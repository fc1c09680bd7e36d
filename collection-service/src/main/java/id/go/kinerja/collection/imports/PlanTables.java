package id.go.kinerja.collection.imports;

import id.go.kinerja.collection.plan.NodeLevel;
import id.go.kinerja.collection.plan.Target;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Inserts the rows an import creates straight through the transaction's JDBC connection, in batches the driver
 * rewrites into multi-row statements. Created rows need none of the persistence context's bookkeeping (nothing
 * reads them back in the import), and tens of thousands of managed entities cost most of a large import's time.
 * The statements run in the import's transaction, so a failure later still rolls them back.
 */
final class PlanTables {

    private static final int BATCH = 1000;

    record NewNode(UUID id, String code, NodeLevel level, String name, UUID parentId) {
    }

    record NewBudget(UUID nodeId, BigDecimal ceiling) {
    }

    record NewIndicator(UUID id, PlanRow row, UUID nodeId, UUID divisionId) {
    }

    record NewTarget(UUID indicatorId, Target target) {
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
        insert("insert into plan_node (id, agency_code, code, level, name, parent_id, version) values (?, ?, ?, ?, ?, ?, 0)",
                nodes, (statement, node) -> {
                    statement.setObject(1, node.id());
                    statement.setString(2, agency);
                    statement.setString(3, node.code());
                    statement.setString(4, node.level().name());
                    statement.setString(5, node.name());
                    statement.setObject(6, node.parentId(), Types.OTHER);
                });
    }

    void insertBudgets(List<NewBudget> budgets) {
        insert("insert into node_budget (id, node_id, year, ceiling) values (?, ?, ?, ?)", budgets,
                (statement, budget) -> {
                    statement.setObject(1, UUID.randomUUID());
                    statement.setObject(2, budget.nodeId());
                    statement.setInt(3, year);
                    statement.setBigDecimal(4, budget.ceiling());
                });
    }

    void insertIndicators(List<NewIndicator> indicators) {
        insert("insert into indicator (id, agency_code, code, name, unit, node_id, division_id, polarity, value_type, "
                + "frequency, period_aggregation, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                indicators, (statement, indicator) -> {
                    PlanRow row = indicator.row();
                    statement.setObject(1, indicator.id());
                    statement.setString(2, agency);
                    statement.setString(3, row.indicatorCode);
                    statement.setString(4, row.indicatorName);
                    statement.setString(5, row.unit);
                    statement.setObject(6, indicator.nodeId());
                    statement.setObject(7, indicator.divisionId());
                    statement.setString(8, row.polarity.name());
                    statement.setString(9, row.valueType.name());
                    statement.setString(10, row.frequency.name());
                    statement.setString(11, row.periodAggregation.name());
                });
    }

    void insertTargets(List<NewTarget> targets) {
        insert("insert into indicator_target (id, indicator_id, year, quarter, value, min_value, max_value, grade) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", targets, (statement, row) -> {
                    Target target = row.target();
                    statement.setObject(1, UUID.randomUUID());
                    statement.setObject(2, row.indicatorId());
                    statement.setInt(3, year);
                    statement.setInt(4, target.quarterOr4());
                    statement.setBigDecimal(5, target.value());
                    statement.setBigDecimal(6, target.min());
                    statement.setBigDecimal(7, target.max());
                    statement.setString(8, target.grade());
                });
    }

    private interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    private <T> void insert(String sql, List<T> items, Binder<T> binder) {
        if (items.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                for (T item : items) {
                    binder.bind(statement, item);
                    statement.addBatch();
                    if (++pending == BATCH) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        });
    }
}

package id.go.kinerja.collection.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The budget ceiling (pagu, from the DPA) of a program, activity or sub-activity in one year. */
@Entity
@Table(name = "node_budget")
public class NodeBudget extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "node_id")
    public PlanNode node;

    public int year;

    public BigDecimal ceiling;

    /** Sets the ceiling of the node in the year; null removes it. */
    static void set(PlanNode node, int year, BigDecimal ceiling) {
        set(node, year, ceiling, find("node = ?1 and year = ?2", node, year).firstResult());
    }

    /** As {@link #set(PlanNode, int, BigDecimal)}, with the budget row already looked up (null if none). */
    public static void set(PlanNode node, int year, BigDecimal ceiling, NodeBudget existing) {
        if (ceiling == null) {
            if (existing != null) {
                existing.delete();
            }
        } else if (existing == null) {
            NodeBudget budget = new NodeBudget();
            budget.id = UUID.randomUUID();
            budget.node = node;
            budget.year = year;
            budget.ceiling = ceiling;
            budget.persist();
        } else {
            existing.ceiling = ceiling;
        }
    }

    static List<NodeBudget> ofNode(PlanNode node) {
        return list("node = ?1 order by year", node);
    }

    /** The ceilings of an agency's nodes in a year, by node id. */
    public static Map<UUID, BigDecimal> ceilings(String agencyCode, int year) {
        // a projection: thousands of managed entities would only be bookkeeping for the caller's flush
        return getEntityManager().createQuery("select b.node.id, b.ceiling from NodeBudget b "
                        + "where b.node.agencyCode = ?1 and b.year = ?2", Object[].class)
                .setParameter(1, agencyCode).setParameter(2, year).getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (BigDecimal) row[1]));
    }

    public static BigDecimal ceilingOf(PlanNode node, int year) {
        NodeBudget budget = find("node = ?1 and year = ?2", node, year).firstResult();
        return budget == null ? null : budget.ceiling;
    }
}

package id.go.kinerja.collection.budget;

import id.go.kinerja.collection.plan.PlanNode;
import id.go.kinerja.collection.round.CollectionRound;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Realised spending to date (realisasi anggaran) of a node with a pagu, as of a round. */
@Entity
@Table(name = "budget_realisation")
public class BudgetRealisation extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id")
    public CollectionRound round;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "node_id")
    public PlanNode node;

    public BigDecimal amount;

    public String justification;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Version
    public long version;

    /**
     * The spending realised to date per node code as of a round: the amount recorded in that round, or else
     * the latest one recorded in an earlier round of the same year (spending to date only grows).
     */
    public static Map<String, BigDecimal> toDate(CollectionRound round) {
        List<BudgetRealisation> recorded = list("from BudgetRealisation b join fetch b.round r join fetch b.node "
                        + "where r.agencyCode = ?1 and r.year = ?2 and r.quarter <= ?3 order by r.quarter",
                round.agencyCode, round.year, round.quarter);
        Map<String, BigDecimal> latest = new HashMap<>();
        recorded.forEach(realisation -> latest.put(realisation.node.code, realisation.amount));
        return latest;
    }
}

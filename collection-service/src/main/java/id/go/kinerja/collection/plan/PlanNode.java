package id.go.kinerja.collection.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A node of an agency's plan tree: tujuan, sasaran, program, kegiatan or sub kegiatan. */
@Entity
@Table(name = "plan_node")
public class PlanNode extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_code")
    public String agencyCode;

    public String code;

    @Enumerated(EnumType.STRING)
    public NodeLevel level;

    public String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public PlanNode parent;

    @Version
    public long version;

    public static PlanNode create(String agencyCode, String code, NodeLevel level, String name, PlanNode parent) {
        PlanNode node = new PlanNode();
        node.id = UUID.randomUUID();
        node.agencyCode = agencyCode;
        node.code = code;
        node.level = level;
        node.name = name;
        node.parent = parent;
        node.persist();
        return node;
    }

    public String parentCode() {
        return parent == null ? null : parent.code;
    }

    public static Optional<PlanNode> findByCode(String agencyCode, String code) {
        return find("agencyCode = ?1 and code = ?2", agencyCode, code).firstResultOptional();
    }

    public static List<PlanNode> ofAgency(String agencyCode) {
        return find("from PlanNode n left join fetch n.parent where n.agencyCode = ?1 order by n.level, n.code",
                agencyCode).list();
    }
}

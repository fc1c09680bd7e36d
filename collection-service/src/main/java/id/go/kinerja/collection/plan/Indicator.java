package id.go.kinerja.collection.plan;

import id.go.kinerja.collection.agency.Division;
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
import java.util.Optional;
import java.util.UUID;

/** A performance indicator (indikator kinerja) of a plan node, in the care of one division. */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_code")
    public String agencyCode;

    public String code;

    public String name;

    public String unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "node_id")
    public PlanNode node;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "division_id")
    public Division division;

    @Enumerated(EnumType.STRING)
    public Polarity polarity;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_type")
    public ValueType valueType;

    @Enumerated(EnumType.STRING)
    public Frequency frequency;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_aggregation")
    public PeriodAggregation periodAggregation;

    @Version
    public long version;

    public static Indicator create(String agencyCode, String code) {
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.agencyCode = agencyCode;
        indicator.code = code;
        return indicator;
    }

    public static Optional<Indicator> findByCode(String agencyCode, String code) {
        return find("from Indicator i join fetch i.node join fetch i.division where i.agencyCode = ?1 and i.code = ?2",
                agencyCode, code).firstResultOptional();
    }
}

package id.go.kinerja.measurement.methodology;

import id.go.kinerja.measurement.engine.Methodology;
import id.go.kinerja.measurement.engine.Methodology.Frequency;
import id.go.kinerja.measurement.engine.Methodology.NegativeFormula;
import id.go.kinerja.measurement.engine.Methodology.PeriodAggregation;
import id.go.kinerja.measurement.engine.Methodology.Polarity;
import id.go.kinerja.measurement.engine.Methodology.ValueType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One version of an indicator's methodology. Written once, never changed: results refer to it. */
@Entity
@Immutable
@Table(name = "methodology_version")
public class MethodologyVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "indicator_id")
    public UUID indicatorId;

    @Column(name = "version_number")
    public int versionNumber;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "negative_formula")
    public NegativeFormula negativeFormula;

    public BigDecimal weight;

    @Column(name = "grade_scale")
    public String gradeScale;

    @Enumerated(EnumType.STRING)
    public MethodologySource source;

    public String reason;

    public String author;

    @Column(name = "created_at")
    public Instant createdAt;

    static MethodologyVersion of(Indicator indicator, int number, Methodology methodology, MethodologySource source,
                                 String reason, String author, Instant now) {
        MethodologyVersion version = new MethodologyVersion();
        version.id = UUID.randomUUID();
        version.indicatorId = indicator.id;
        version.versionNumber = number;
        version.polarity = methodology.polarity();
        version.valueType = methodology.valueType();
        version.frequency = methodology.frequency();
        version.periodAggregation = methodology.periodAggregation();
        version.negativeFormula = methodology.negativeFormula();
        version.weight = methodology.weight();
        version.gradeScale = methodology.gradeScale();
        version.source = source;
        version.reason = reason;
        version.author = author;
        version.createdAt = now;
        return version;
    }

    /** The engine's view of this version; valid by construction, since only valid ones are stored. */
    public Methodology toMethodology() {
        return new Methodology(polarity, valueType, frequency, periodAggregation, negativeFormula, weight, gradeScale);
    }

    static List<MethodologyVersion> history(UUID indicatorId) {
        return list("indicatorId = ?1 order by versionNumber desc", indicatorId);
    }

    /** The current methodology of every indicator of the agency that has one, by indicator code. */
    static Map<String, MethodologyService.Current> currentOfAgency(String agencyCode) {
        Map<String, MethodologyService.Current> current = new HashMap<>();
        getEntityManager().createQuery("""
                        select i.code, m.versionNumber, m.polarity, m.valueType, m.frequency, m.periodAggregation,
                               m.negativeFormula, m.weight, m.gradeScale
                        from MethodologyVersion m, Indicator i
                        where m.indicatorId = i.id and i.agencyCode = :agency and m.versionNumber = i.currentVersion""",
                        Object[].class)
                .setParameter("agency", agencyCode)
                .getResultList()
                .forEach(row -> current.put((String) row[0], new MethodologyService.Current((Integer) row[1],
                        new Methodology((Polarity) row[2], (ValueType) row[3], (Frequency) row[4],
                                (PeriodAggregation) row[5], (NegativeFormula) row[6], (BigDecimal) row[7],
                                (String) row[8]))));
        return current;
    }
}

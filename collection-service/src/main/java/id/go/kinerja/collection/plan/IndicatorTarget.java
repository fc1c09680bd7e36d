package id.go.kinerja.collection.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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

/** The target of an indicator for one quarter of a year: a number, a range, or a grade. */
@Entity
@Table(name = "indicator_target")
public class IndicatorTarget extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    public int year;

    public int quarter;

    public BigDecimal value;

    @Column(name = "min_value")
    public BigDecimal minValue;

    @Column(name = "max_value")
    public BigDecimal maxValue;

    public String grade;

    public static void add(Indicator indicator, int year, Target target) {
        IndicatorTarget row = new IndicatorTarget();
        row.id = UUID.randomUUID();
        row.indicator = indicator;
        row.year = year;
        row.quarter = target.quarterOr4();
        row.value = target.value();
        row.minValue = target.min();
        row.maxValue = target.max();
        row.grade = target.grade();
        row.persist();
    }

    public Target toTarget() {
        return Target.of(quarter, value, minValue, maxValue, grade);
    }

    public static List<IndicatorTarget> ofIndicator(Indicator indicator) {
        return list("indicator = ?1 order by year, quarter", indicator);
    }

    /** The targets of one indicator in a year, in quarter order. */
    public static List<Target> of(Indicator indicator, int year) {
        return IndicatorTarget.<IndicatorTarget>list("indicator = ?1 and year = ?2 order by quarter", indicator, year)
                .stream().map(IndicatorTarget::toTarget).toList();
    }

    /** The targets of an agency's indicators in a year, by indicator id, in quarter order. */
    public static Map<UUID, List<Target>> ofYear(String agencyCode, int year) {
        // a projection: a regency's plan has hundreds of thousands of targets, too many to manage as entities
        return getEntityManager().createQuery("select t.indicator.id, t.quarter, t.value, t.minValue, t.maxValue, t.grade "
                        + "from IndicatorTarget t where t.indicator.agencyCode = ?1 and t.year = ?2 order by t.quarter",
                        Object[].class)
                .setParameter(1, agencyCode).setParameter(2, year).getResultStream()
                .collect(Collectors.groupingBy(row -> (UUID) row[0], Collectors.mapping(row -> Target.of((Integer) row[1],
                        (BigDecimal) row[2], (BigDecimal) row[3], (BigDecimal) row[4], (String) row[5]),
                        Collectors.toList())));
    }
}

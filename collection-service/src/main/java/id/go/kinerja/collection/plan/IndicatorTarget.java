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
        List<IndicatorTarget> rows = list("indicator.agencyCode = ?1 and year = ?2 order by quarter", agencyCode, year);
        return rows.stream().collect(Collectors.groupingBy(row -> row.indicator.id,
                Collectors.mapping(IndicatorTarget::toTarget, Collectors.toList())));
    }
}

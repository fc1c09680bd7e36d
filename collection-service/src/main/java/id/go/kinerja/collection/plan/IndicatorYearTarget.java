package id.go.kinerja.collection.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The targets of an indicator in one year, in one row: each quarter's for a quarterly indicator, quarter 4's for an
 * annual one. A year's targets are signed, revised and imported together, so they are read and written as the year's
 * list of {@link Target}s.
 */
@Entity
@Table(name = "indicator_year_target")
public class IndicatorYearTarget extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @MapsId("indicatorId")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "q1_value"))
    @AttributeOverride(name = "min", column = @Column(name = "q1_min_value"))
    @AttributeOverride(name = "max", column = @Column(name = "q1_max_value"))
    @AttributeOverride(name = "grade", column = @Column(name = "q1_grade"))
    QuarterTarget q1;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "q2_value"))
    @AttributeOverride(name = "min", column = @Column(name = "q2_min_value"))
    @AttributeOverride(name = "max", column = @Column(name = "q2_max_value"))
    @AttributeOverride(name = "grade", column = @Column(name = "q2_grade"))
    QuarterTarget q2;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "q3_value"))
    @AttributeOverride(name = "min", column = @Column(name = "q3_min_value"))
    @AttributeOverride(name = "max", column = @Column(name = "q3_max_value"))
    @AttributeOverride(name = "grade", column = @Column(name = "q3_grade"))
    QuarterTarget q3;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "q4_value"))
    @AttributeOverride(name = "min", column = @Column(name = "q4_min_value"))
    @AttributeOverride(name = "max", column = @Column(name = "q4_max_value"))
    @AttributeOverride(name = "grade", column = @Column(name = "q4_grade"))
    QuarterTarget q4;

    /** Records the indicator's targets of a year that has none yet; an empty list records nothing. */
    public static void add(Indicator indicator, int year, List<Target> targets) {
        if (targets.isEmpty()) {
            return;
        }
        IndicatorYearTarget row = new IndicatorYearTarget();
        row.key = new Key(indicator.id, year);
        row.indicator = indicator;
        Target[] quarters = byQuarter(targets);
        row.q1 = QuarterTarget.of(quarters[0]);
        row.q2 = QuarterTarget.of(quarters[1]);
        row.q3 = QuarterTarget.of(quarters[2]);
        row.q4 = QuarterTarget.of(quarters[3]);
        row.persist();
    }

    /** A year's targets in the row's four quarter slots (quarter 1 first); null where a quarter has none. */
    public static Target[] byQuarter(List<Target> targets) {
        Target[] quarters = new Target[4];
        // an annual indicator's one target is its quarter 4's
        targets.forEach(target -> quarters[target.quarterOr4() - 1] = target);
        return quarters;
    }

    /** Removes the targets of a year of the given indicators. */
    public static void delete(Collection<UUID> indicatorIds, int year) {
        delete("key.indicatorId in ?1 and key.year = ?2", indicatorIds, year);
    }

    /** The year's targets in quarter order. */
    public List<Target> targets() {
        return targets(q1, q2, q3, q4);
    }

    /** The targets of one indicator in a year, in quarter order; empty when it has none that year. */
    public static List<Target> of(Indicator indicator, int year) {
        IndicatorYearTarget row = findById(new Key(indicator.id, year));
        return row == null ? List.of() : row.targets();
    }

    /** Every year's targets of one indicator, by year. */
    public static Map<Integer, List<Target>> byYear(Indicator indicator) {
        Map<Integer, List<Target>> byYear = new TreeMap<>();
        IndicatorYearTarget.<IndicatorYearTarget>list("key.indicatorId", indicator.id)
                .forEach(row -> byYear.put(row.key.year, row.targets()));
        return byYear;
    }

    /** The targets of an agency's indicators in a year, by indicator id, in quarter order. */
    public static Map<UUID, List<Target>> ofYear(String agencyCode, int year) {
        // a projection: a regency's plan has tens of thousands of indicators, too many to manage as entities
        Map<UUID, List<Target>> targets = new HashMap<>();
        getEntityManager().createQuery("select t.key.indicatorId, t.q1, t.q2, t.q3, t.q4 from IndicatorYearTarget t "
                        + "where t.indicator.agencyCode = ?1 and t.key.year = ?2", Object[].class)
                .setParameter(1, agencyCode).setParameter(2, year).getResultStream()
                .forEach(row -> targets.put((UUID) row[0], targets((QuarterTarget) row[1], (QuarterTarget) row[2],
                        (QuarterTarget) row[3], (QuarterTarget) row[4])));
        return targets;
    }

    /** Whether any indicator of the agency has targets in one of the years. */
    public static boolean anyBetween(String agencyCode, int from, int to) {
        return count("indicator.agencyCode = ?1 and key.year between ?2 and ?3", agencyCode, from, to) > 0;
    }

    private static List<Target> targets(QuarterTarget... quarters) {
        List<Target> targets = new ArrayList<>(quarters.length);
        for (int i = 0; i < quarters.length; i++) {
            if (quarters[i] != null) {
                targets.add(quarters[i].toTarget(i + 1));
            }
        }
        return targets;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "indicator_id")
        public UUID indicatorId;

        public int year;

        protected Key() {
        }

        Key(UUID indicatorId, int year) {
            this.indicatorId = indicatorId;
            this.year = year;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && indicatorId.equals(key.indicatorId) && year == key.year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(indicatorId, year);
        }
    }

    /** One quarter's target: a number, a range or a grade; all columns empty when the quarter has none. */
    @Embeddable
    public record QuarterTarget(BigDecimal value, BigDecimal min, BigDecimal max, String grade) {

        static QuarterTarget of(Target target) {
            return target == null ? null : new QuarterTarget(target.value(), target.min(), target.max(), target.grade());
        }

        Target toTarget(int quarter) {
            return Target.of(quarter, value, min, max, grade);
        }
    }
}

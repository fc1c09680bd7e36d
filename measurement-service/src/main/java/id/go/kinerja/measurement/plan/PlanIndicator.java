package id.go.kinerja.measurement.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An indicator of the agency's latest published plan as measurement keeps it (its copy of {@code PlanPublished}):
 * what the plan says about it, and whether the draft methodology prefilled from that still awaits the team's review.
 * The latest publication of the agency wins: collection keys an agency's plan events alike, so they arrive in order.
 */
@Entity
@Table(name = "plan_indicator")
public class PlanIndicator extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "indicator_code")
    public String code;

    @Column(name = "indicator_name")
    public String name;

    public String unit;

    @Column(name = "node_code")
    public String nodeCode;

    public String level;

    @Column(name = "division_code")
    public String divisionCode;

    public String polarity;

    @Column(name = "value_type")
    public String valueType;

    public String frequency;

    @Column(name = "period_aggregation")
    public String periodAggregation;

    public String grades;

    public String targets;

    @Column(name = "plan_version_id")
    public UUID planVersionId;

    @Column(name = "plan_kind")
    public String planKind;

    @Column(name = "plan_number")
    public int planNumber;

    @Column(name = "year_from")
    public int yearFrom;

    @Column(name = "year_to")
    public int yearTo;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "draft_open")
    public boolean draftOpen;

    /** The row of the indicator, new or as kept, filled from the publication (the draft is left as it was). */
    public static PlanIndicator receive(String agencyCode, PlanPublished plan, PlanPublished.Indicator indicator,
                                        String targetsJson, Instant publishedAt) {
        PlanIndicator row = of(agencyCode, indicator.indicatorCode()).orElseGet(() -> {
            PlanIndicator created = new PlanIndicator();
            created.id = UUID.randomUUID();
            created.agencyCode = agencyCode;
            created.code = indicator.indicatorCode();
            return created;
        });
        row.name = indicator.indicatorName();
        row.unit = indicator.unit();
        row.nodeCode = indicator.nodeCode();
        row.level = indicator.level();
        row.divisionCode = indicator.divisionCode();
        row.polarity = indicator.polarity();
        row.valueType = indicator.valueType();
        row.frequency = indicator.frequency();
        row.periodAggregation = indicator.periodAggregation();
        row.grades = String.join(",", gradesOf(indicator));
        row.targets = targetsJson;
        row.planVersionId = plan.planVersion().id();
        row.planKind = plan.planVersion().kind();
        row.planNumber = plan.planVersion().number();
        row.yearFrom = plan.yearFrom();
        row.yearTo = plan.yearTo();
        row.publishedAt = publishedAt;
        return row;
    }

    public static Optional<PlanIndicator> of(String agencyCode, String indicatorCode) {
        return find("agencyCode = ?1 and code = ?2", agencyCode, indicatorCode).firstResultOptional();
    }

    /** The agency's plan rows of the given indicators, by code. */
    public static Map<String, PlanIndicator> ofCodes(String agencyCode, Collection<String> codes) {
        Map<String, PlanIndicator> found = new HashMap<>();
        if (!codes.isEmpty()) {
            PlanIndicator.<PlanIndicator>list("agencyCode = ?1 and code in ?2", agencyCode, codes)
                    .forEach(row -> found.put(row.code, row));
        }
        return found;
    }

    /** The agency's indicators whose draft awaits review, by code. */
    public static List<PlanIndicator> openDrafts(String agencyCode) {
        return list("agencyCode = ?1 and draftOpen = true order by code", agencyCode);
    }

    public Set<String> gradeSet() {
        return grades == null || grades.isBlank() ? Set.of() : new TreeSet<>(List.of(grades.split(",")));
    }

    public void openDraft() {
        draftOpen = true;
    }

    public void closeDraft() {
        draftOpen = false;
    }

    private static Set<String> gradesOf(PlanPublished.Indicator indicator) {
        Set<String> grades = new TreeSet<>();
        if (indicator.targets() != null) {
            indicator.targets().forEach(year -> year.targets().stream()
                    .filter(target -> target.grade() != null).forEach(target -> grades.add(target.grade())));
        }
        return grades;
    }
}

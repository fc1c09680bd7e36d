package id.go.kinerja.collection.plan;

import id.go.kinerja.collection.agency.NewDivision;
import id.go.kinerja.collection.support.Decimals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The content of published plan versions. Publishing copies the live plan with one statement per table, inside
 * the database, so a regency plan of tens of thousands of rows is snapshotted without passing through the
 * application; reading gives a version back in the shapes the live plan uses.
 */
@ApplicationScoped
public class PlanSnapshots {

    private static final String[] COPY = {
        """
        insert into plan_version_division (version_id, code, name)
        select :version, code, name from division where agency_code = :agency""",
        """
        insert into plan_version_node (version_id, code, level, name, parent_code)
        select :version, n.code, n.level, n.name, p.code
        from plan_node n left join plan_node p on p.id = n.parent_id where n.agency_code = :agency""",
        """
        insert into plan_version_budget (version_id, node_code, year, ceiling)
        select :version, n.code, b.year, b.ceiling from node_budget b join plan_node n on n.id = b.node_id
        where n.agency_code = :agency and b.year between :from and :to""",
        """
        insert into plan_version_indicator (version_id, code, name, unit, node_code, division_code, polarity,
                                            value_type, frequency, period_aggregation)
        select :version, i.code, i.name, i.unit, n.code, d.code, i.polarity, i.value_type, i.frequency,
               i.period_aggregation
        from indicator i join plan_node n on n.id = i.node_id join division d on d.id = i.division_id
        where i.agency_code = :agency""",
        """
        insert into plan_version_target (version_id, indicator_code, year, quarter, value, min_value, max_value, grade)
        select :version, i.code, t.year, q.quarter, q.value, q.min_value, q.max_value, q.grade
        from indicator_year_target t join indicator i on i.id = t.indicator_id
        cross join lateral (values (1, t.q1_value, t.q1_min_value, t.q1_max_value, t.q1_grade),
                                   (2, t.q2_value, t.q2_min_value, t.q2_max_value, t.q2_grade),
                                   (3, t.q3_value, t.q3_min_value, t.q3_max_value, t.q3_grade),
                                   (4, t.q4_value, t.q4_min_value, t.q4_max_value, t.q4_grade))
            as q (quarter, value, min_value, max_value, grade)
        where i.agency_code = :agency and t.year between :from and :to
          and num_nonnulls(q.value, q.min_value, q.grade) = 1"""
    };

    @Inject
    EntityManager entityManager;

    /** Copies the agency's live plan, with the budgets and targets of the version's years, into the version. */
    void copyLive(PlanVersion version) {
        entityManager.flush();
        for (String statement : COPY) {
            var insert = entityManager.createNativeQuery(statement)
                    .setParameter("version", version.id)
                    .setParameter("agency", version.agencyCode);
            if (statement.contains(":from")) {
                insert.setParameter("from", version.yearFrom).setParameter("to", version.yearTo);
            }
            insert.executeUpdate();
        }
    }

    /** The version's content for one of its years, as the live plan's document of that year. */
    public PlanDocument document(PlanVersion version, int year) {
        Map<String, Object> inVersion = Map.of("version", version.id);
        Map<String, Object> inYear = Map.of("version", version.id, "year", year);
        List<NewDivision> divisions = rows("select code, name from plan_version_division where version_id = :version "
                + "order by code", inVersion).stream()
                .map(row -> new NewDivision(row.get("code", String.class), row.get("name", String.class))).toList();
        List<PlanDocument.Node> nodes = rows("""
                select n.code, n.level, n.name, n.parent_code, b.ceiling from plan_version_node n
                left join plan_version_budget b on b.version_id = n.version_id and b.node_code = n.code and b.year = :year
                where n.version_id = :version order by n.level, n.code""", inYear).stream()
                .map(row -> new PlanDocument.Node(row.get("code", String.class),
                        NodeLevel.valueOf(row.get("level", String.class)), row.get("name", String.class),
                        row.get("parent_code", String.class), Decimals.plain(row.get("ceiling", BigDecimal.class))))
                .toList();
        Map<String, List<Target>> targets = new HashMap<>();
        rows("select indicator_code, quarter, value, min_value, max_value, grade from plan_version_target "
                + "where version_id = :version and year = :year order by quarter", inYear)
                .forEach(row -> targets.computeIfAbsent(row.get("indicator_code", String.class), code -> new ArrayList<>())
                        .add(target(row)));
        List<PlanDocument.IndicatorSpec> indicators = rows("select * from plan_version_indicator "
                + "where version_id = :version order by code", inVersion).stream()
                .map(row -> indicator(row, targets.getOrDefault(row.get("code", String.class), List.of())))
                .toList();
        return new PlanDocument(version.agencyCode, version.agencyName, year, divisions, nodes, indicators);
    }

    /** One indicator of the version, with its targets in a year in quarter order. */
    public PlanDocument.IndicatorSpec indicator(UUID versionId, String indicatorCode, int year) {
        Map<String, Object> parameters = Map.of("version", versionId, "code", indicatorCode, "year", year);
        List<Target> targets = rows("""
                select quarter, value, min_value, max_value, grade from plan_version_target
                where version_id = :version and indicator_code = :code and year = :year order by quarter""",
                parameters).stream().map(PlanSnapshots::target).toList();
        return rows("select * from plan_version_indicator where version_id = :version and code = :code",
                Map.of("version", versionId, "code", indicatorCode)).stream()
                .map(row -> indicator(row, targets)).findFirst().orElseThrow();
    }

    /** Every indicator of the version with the level of its node and its targets of each of the version's years. */
    List<PlanPublished.Indicator> publishedIndicators(PlanVersion version) {
        Map<String, Object> inVersion = Map.of("version", version.id);
        Map<String, Map<Integer, List<Target>>> targets = new HashMap<>();
        rows("select indicator_code, year, quarter, value, min_value, max_value, grade from plan_version_target "
                + "where version_id = :version order by year, quarter", inVersion)
                .forEach(row -> targets.computeIfAbsent(row.get("indicator_code", String.class), code -> new TreeMap<>())
                        .computeIfAbsent(row.get("year", Integer.class), year -> new ArrayList<>())
                        .add(target(row)));
        return rows("""
                select i.*, n.level from plan_version_indicator i
                join plan_version_node n on n.version_id = i.version_id and n.code = i.node_code
                where i.version_id = :version order by i.code""", inVersion).stream()
                .map(row -> {
                    PlanDocument.IndicatorSpec spec = indicator(row, List.of());
                    List<IndicatorView.YearTargets> years = targets.getOrDefault(spec.code(), Map.of()).entrySet().stream()
                            .map(entry -> new IndicatorView.YearTargets(entry.getKey(), entry.getValue())).toList();
                    return new PlanPublished.Indicator(spec.code(), spec.name(), spec.unit(), spec.nodeCode(),
                            NodeLevel.valueOf(row.get("level", String.class)), spec.divisionCode(), spec.polarity(),
                            spec.valueType(), spec.frequency(), spec.periodAggregation(), years);
                })
                .toList();
    }

    /** The budget ceiling of a node of the version in a year, or null when it has none. */
    public BigDecimal ceiling(UUID versionId, String nodeCode, int year) {
        return rows("select ceiling from plan_version_budget where version_id = :version and node_code = :code "
                + "and year = :year", Map.of("version", versionId, "code", nodeCode, "year", year))
                .stream().map(row -> row.get("ceiling", BigDecimal.class)).findFirst().orElse(null);
    }

    /** The agency's versions holding the indicator, with the indicator's name in each. */
    Map<UUID, String> holding(String agencyCode, String indicatorCode) {
        Map<UUID, String> names = new LinkedHashMap<>();
        rows("""
                select i.version_id, i.name from plan_version_indicator i join plan_version v on v.id = i.version_id
                where v.agency_code = :agency and i.code = :code""", Map.of("agency", agencyCode, "code", indicatorCode))
                .forEach(row -> names.put(row.get("version_id", UUID.class), row.get("name", String.class)));
        return names;
    }

    /** The indicator's targets in each of the versions, by version then year, for the years from-to. */
    Map<UUID, Map<Integer, List<Target>>> targetsAcross(Collection<UUID> versionIds, String indicatorCode, int from, int to) {
        Map<UUID, Map<Integer, List<Target>>> found = new HashMap<>();
        if (versionIds.isEmpty()) {
            return found;
        }
        rows("""
                select version_id, year, quarter, value, min_value, max_value, grade from plan_version_target
                where version_id in (:versions) and indicator_code = :code and year between :from and :to
                order by year, quarter""",
                Map.of("versions", versionIds, "code", indicatorCode, "from", from, "to", to))
                .forEach(row -> found.computeIfAbsent(row.get("version_id", UUID.class), id -> new TreeMap<>())
                        .computeIfAbsent(row.get("year", Integer.class), y -> new ArrayList<>())
                        .add(target(row)));
        return found;
    }

    private List<Tuple> rows(String sql, Map<String, Object> parameters) {
        var query = entityManager.createNativeQuery(sql, Tuple.class);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(Tuple.class::cast).toList();
    }

    private static PlanDocument.IndicatorSpec indicator(Tuple row, List<Target> targets) {
        return new PlanDocument.IndicatorSpec(row.get("code", String.class), row.get("name", String.class),
                row.get("unit", String.class), row.get("node_code", String.class), row.get("division_code", String.class),
                Polarity.valueOf(row.get("polarity", String.class)), ValueType.valueOf(row.get("value_type", String.class)),
                Frequency.valueOf(row.get("frequency", String.class)),
                PeriodAggregation.valueOf(row.get("period_aggregation", String.class)), targets);
    }

    private static Target target(Tuple row) {
        return Target.of(row.get("quarter", Integer.class), row.get("value", BigDecimal.class),
                row.get("min_value", BigDecimal.class), row.get("max_value", BigDecimal.class),
                row.get("grade", String.class));
    }
}

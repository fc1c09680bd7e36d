package id.go.kinerja.collection.round;

import id.go.kinerja.collection.plan.Indicator;
import id.go.kinerja.collection.plan.IndicatorTarget;
import id.go.kinerja.collection.plan.Target;
import id.go.kinerja.collection.sop.SopSteps;
import id.go.kinerja.collection.support.Decimals;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Collection rounds: the Head's memo (SOP A1) opens one per period; its items are the plan's indicators of that period. */
@ApplicationScoped
public class RoundService {

    @Inject
    Caller caller;

    @Inject
    SopSteps steps;

    /**
     * Opens the round of a period with an entry for every indicator that has targets in the year and is
     * collected in the quarter (quarterly ones every quarter, annual ones in quarter 4).
     */
    @Transactional
    public RoundView open(NewRound request) {
        String agency = caller.agencyCode();
        int year = request.year();
        int quarter = request.quarter();
        if (CollectionRound.count("agencyCode = ?1 and year = ?2 and quarter = ?3", agency, year, quarter) > 0) {
            throw new Conflict("The round of " + year + " Q" + quarter + " is open already");
        }
        Map<UUID, List<Target>> targets = IndicatorTarget.ofYear(agency, year);
        List<Indicator> indicators = Indicator.<Indicator>list("agencyCode = ?1 order by code", agency).stream()
                .filter(indicator -> targets.containsKey(indicator.id) && indicator.frequency.collectedIn(quarter))
                .toList();
        if (indicators.isEmpty()) {
            throw new Conflict("The plan of " + year + " has no indicator with targets to collect in Q" + quarter
                    + ": load the plan and its targets first");
        }
        CollectionRound round = CollectionRound.open(agency, year, quarter, caller.userId());
        indicators.forEach(indicator -> Entry.open(round, indicator));
        steps.roundOpened(round, request.memo(), caller.as(Roles.HEAD));
        return view(round.id);
    }

    public PageOf<RoundSummary> list(Integer year, Integer quarter, RoundStatus status, int page, int size) {
        StringBuilder query = new StringBuilder("agencyCode = :agency");
        Parameters parameters = Parameters.with("agency", caller.agencyCode());
        if (year != null) {
            query.append(" and year = :year");
            parameters.and("year", year);
        }
        if (quarter != null) {
            query.append(" and quarter = :quarter");
            parameters.and("quarter", quarter);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        var found = CollectionRound.<CollectionRound>find(query.toString(), Sort.descending("year", "quarter"), parameters);
        List<CollectionRound> rounds = found.page(page, size).list();
        Map<UUID, Map<EntryState, Long>> counts = entryCounts(rounds.stream().map(round -> round.id).toList());
        List<RoundSummary> items = rounds.stream().map(round -> {
            Map<EntryState, Long> byState = counts.getOrDefault(round.id, Map.of());
            long total = byState.values().stream().mapToLong(Long::longValue).sum();
            return new RoundSummary(round.id, round.year, round.quarter, round.status, round.openedBy, round.openedAt,
                    total, byState);
        }).toList();
        return new PageOf<>(items, page, size, found.count());
    }

    public RoundView view(UUID roundId) {
        CollectionRound round = requireRound(roundId);
        Map<UUID, List<Target>> targets = IndicatorTarget.ofYear(round.agencyCode, round.year);
        List<RoundView.Item> items = Entry.ofRound(round).stream()
                .filter(entry -> !caller.isDivisionBound() || entry.indicator.division.code.equals(caller.divisionCode()))
                .map(entry -> new RoundView.Item(entry.indicator.code, entry.indicator.name, entry.indicator.unit,
                        entry.indicator.node.code, entry.indicator.division.code, entry.indicator.valueType,
                        entry.indicator.frequency, targetOf(targets.get(entry.indicator.id), round.quarter),
                        entry.state, Decimals.plain(entry.value), entry.grade, entry.version))
                .toList();
        return new RoundView(round.id, round.year, round.quarter, round.status, round.openedBy, round.openedAt, items);
    }

    private CollectionRound requireRound(UUID roundId) {
        return CollectionRound.ofAgency(roundId, caller.agencyCode()).orElseThrow(() -> new NotFound("Round", roundId));
    }

    /** The target of the quarter; annual indicators have theirs on quarter 4. */
    static Target targetOf(List<Target> targets, int quarter) {
        if (targets == null) {
            return null;
        }
        return targets.stream().filter(target -> target.quarter() == quarter).findFirst()
                .orElse(targets.size() == 1 ? targets.get(0) : null);
    }

    private static Map<UUID, Map<EntryState, Long>> entryCounts(List<UUID> roundIds) {
        Map<UUID, Map<EntryState, Long>> counts = new HashMap<>();
        if (roundIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = Entry.getEntityManager().createQuery(
                        "select e.round.id, e.state, count(e) from Entry e where e.round.id in :rounds "
                                + "group by e.round.id, e.state", Object[].class)
                .setParameter("rounds", roundIds)
                .getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent((UUID) row[0], id -> new EnumMap<>(EntryState.class))
                    .put((EntryState) row[1], (Long) row[2]);
        }
        return counts;
    }
}

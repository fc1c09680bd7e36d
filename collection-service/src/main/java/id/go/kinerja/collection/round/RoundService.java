package id.go.kinerja.collection.round;

import id.go.kinerja.collection.plan.Indicator;
import id.go.kinerja.collection.plan.PlanDocument;
import id.go.kinerja.collection.plan.PlanSnapshots;
import id.go.kinerja.collection.plan.PlanVersion;
import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.collection.support.Decimals;
import id.go.kinerja.platform.api.ListParameters;
import id.go.kinerja.platform.api.ListWindow;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Collection rounds: the Head's memo (SOP A1) opens one per period; its items are the indicators of the year's
 * published performance agreement.
 */
@ApplicationScoped
public class RoundService {

    @Inject
    Caller caller;

    @Inject
    PlanSnapshots snapshots;

    @Inject
    RoundPlan roundPlan;

    @Inject
    Event<RoundProgress.Opened> opened;

    /**
     * Opens the round of a period on the year's performance agreement as published (the last PK Perubahan,
     * else the PK), with an entry for every indicator that has targets in it and is collected in the quarter
     * (quarterly ones every quarter, annual ones in quarter 4).
     */
    @Transactional
    public RoundView open(NewRound request) {
        String agency = caller.agencyCode();
        int year = request.year();
        int quarter = request.quarter();
        if (CollectionRound.count("agencyCode = ?1 and year = ?2 and quarter = ?3", agency, year, quarter) > 0) {
            throw new Conflict(CollectionProblem.ROUND_ALREADY_OPEN, year, quarter);
        }
        PlanVersion agreement = PlanVersion.agreementOf(agency, year).orElseThrow(() -> new Conflict(CollectionProblem.NO_AGREEMENT_PUBLISHED, year));
        // the indicators collected this quarter, as the agreement has them
        Map<String, PlanDocument.IndicatorSpec> collected = snapshots.document(agreement, year).indicators().stream()
                .filter(spec -> !spec.targets().isEmpty() && spec.frequency().collectedIn(quarter))
                .collect(Collectors.toMap(PlanDocument.IndicatorSpec::code, Function.identity()));
        if (collected.isEmpty()) {
            throw new Conflict(CollectionProblem.NOTHING_TO_COLLECT, agreement.kind, year, quarter);
        }
        CollectionRound round = CollectionRound.open(agency, year, quarter, agreement.id, caller.userId());
        round.persist();
        Indicator.<Indicator>list("agencyCode = ?1 order by code", agency).stream()
                .filter(indicator -> collected.containsKey(indicator.code))
                .forEach(indicator -> Entry.open(round, indicator, collected.get(indicator.code)));
        opened.fire(new RoundProgress.Opened(round, request.memo(), caller.as(Roles.HEAD)));
        return view(round.id);
    }

    /** What the list of rounds can be sorted by; without a sort, the newest period first. */
    static final ListWindow.Fields LIST_FIELDS = ListWindow.Fields.of("id", "updatedAt", Sort.descending("year", "quarter"))
            .sortable("year", "year")
            .sortable("quarter", "quarter")
            .sortable("openedAt", "openedAt");

    public PageOf<RoundSummary> list(Integer year, Integer quarter, RoundStatus status, ListParameters window, int page,
                                     int size) {
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
        ListWindow list = ListWindow.of(window, LIST_FIELDS, page, size);
        var found = CollectionRound.<CollectionRound>find(list.where(query.toString(), parameters), list.sort(), parameters);
        List<CollectionRound> rounds = found.range(list.firstRow(), list.lastRow()).list();
        Map<UUID, Map<EntryState, Long>> counts = entryCounts(rounds.stream().map(round -> round.id).toList());
        List<RoundSummary> items = rounds.stream().map(round -> {
            Map<EntryState, Long> byState = counts.getOrDefault(round.id, Map.of());
            long total = byState.values().stream().mapToLong(Long::longValue).sum();
            return new RoundSummary(round.id, round.year, round.quarter, round.status(), round.openedBy, round.openedAt,
                    total, byState, round.updatedAt);
        }).toList();
        return list.page(items, found.count(), RoundSummary::updatedAt, RoundSummary::roundId);
    }

    public RoundView view(UUID roundId) {
        CollectionRound round = requireRound(roundId);
        Map<String, PlanDocument.IndicatorSpec> plan = roundPlan.document(round).indicators().stream()
                .collect(Collectors.toMap(PlanDocument.IndicatorSpec::code, Function.identity()));
        List<RoundView.Item> items = Entry.ofRound(round).stream()
                .filter(entry -> !caller.isDivisionBound() || entry.divisionCode.equals(caller.divisionCode()))
                .map(entry -> {
                    PlanDocument.IndicatorSpec spec = plan.get(entry.indicator.code);
                    return new RoundView.Item(spec.code(), spec.name(), spec.unit(), spec.nodeCode(),
                            spec.divisionCode(), spec.valueType(), spec.frequency(),
                            RoundPlan.targetOf(spec.targets(), round.quarter), entry.state, Decimals.plain(entry.value),
                            entry.grade, entry.noDataReason, entry.version);
                })
                .toList();
        return new RoundView(round.id, round.year, round.quarter, round.status(), roundPlan.version(round),
                round.openedBy, round.openedAt, items);
    }

    private CollectionRound requireRound(UUID roundId) {
        return CollectionRound.ofAgency(roundId, caller.agencyCode()).orElseThrow(() -> new NotFound(CollectionProblem.ROUND_NOT_FOUND, roundId));
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

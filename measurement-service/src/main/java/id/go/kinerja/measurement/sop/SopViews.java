package id.go.kinerja.measurement.sop;

import static id.go.kinerja.platform.procedure.MeasurementStep.B1;

import id.go.kinerja.measurement.methodology.MethodologyService;
import id.go.kinerja.measurement.problem.MeasurementProblem;
import id.go.kinerja.measurement.recap.Recap;
import id.go.kinerja.measurement.recap.RecapQueries;
import id.go.kinerja.measurement.recap.RecapStatus;
import id.go.kinerja.measurement.recap.ReopenedView;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.procedure.MeasurementStep;
import id.go.kinerja.platform.procedure.ServiceLevel;
import id.go.kinerja.platform.procedure.TimelineStep;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import id.go.kinerja.platform.worktime.StandardTime;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the SOP steps of measurement look like to people: a round's timeline, and each person's work. */
@ApplicationScoped
public class SopViews {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    SopSteps steps;

    @Inject
    MethodologyService methodologies;

    @Inject
    RecapQueries recaps;


    @Transactional
    public TimelineView timeline(int year, int quarter) {
        String agency = caller.agencyCode();
        MeasurementRound round = MeasurementRound.of(agency, year, quarter)
                .orElseThrow(() -> new NotFound(MeasurementProblem.MEASUREMENT_ROUND_NOT_FOUND, year, quarter));
        Map<MeasurementStep, StandardTime> times = steps.standardTimes(agency);
        Instant now = clock.instant();
        List<SopStep> rows = steps.ofRound(round.id);
        List<TimelineStep<String>> timeline = rows.stream()
                .map(row -> steps.timelineStep(row, times, now, row.step().definition().ownerRole()))
                .toList();
        int cycle = rows.stream().mapToInt(SopStep::cycle).max().orElse(1);
        TimelineView.RoundRecap recap = Recap.<Recap>find("agencyCode = ?1 and year = ?2 and quarter = ?3",
                        Sort.descending("updatedAt"), agency, year, quarter).firstResultOptional()
                .map(found -> new TimelineView.RoundRecap(found.recapId, found.currentRevision, found.state))
                .orElse(null);
        return new TimelineView(round.id, year, quarter, cycle, recap, timeline);
    }

    /**
     * What waits for the caller in the agency: the running steps the caller's roles hold; for the Head, recaps held
     * because no round of their period was opened (B1); for the team, indicators without methodology and returned
     * items to fix and remeasure.
     */
    @Transactional
    public MyWorkView myWork() {
        String agency = caller.agencyCode();
        Map<MeasurementStep, StandardTime> times = steps.standardTimes(agency);
        Instant now = clock.instant();
        List<MyWorkView.Item> items = new ArrayList<>();
        List<SopStep> held = steps.running(agency).stream()
                .filter(row -> caller.hasRole(row.step().definition().ownerRole()))
                .toList();
        if (!held.isEmpty()) {
            Map<UUID, MeasurementRound> rounds = MeasurementRound.<MeasurementRound>list("id in ?1",
                            held.stream().map(SopStep::roundId).distinct().toList()).stream()
                    .collect(Collectors.toMap(round -> round.id, Function.identity()));
            for (SopStep row : held) {
                MeasurementRound round = rounds.get(row.roundId());
                ServiceLevel level = steps.levelOf(row, times, now);
                StandardTime standard = times.get(row.step());
                items.add(new MyWorkView.Item(MyWorkView.Kind.STEP, round.year, round.quarter, row.step().name(),
                        row.step().definition().nameEn(), null, null, null, row.startedAt(),
                        standard == null ? null : standard.toString(), level.deadline(), level.overdue()));
            }
        }
        if (caller.hasRole(Roles.HEAD)) {
            for (Recap recap : Recap.<Recap>list("agencyCode = ?1 and state = ?2", agency, RecapStatus.AWAITING_SOP)) {
                if (MeasurementRound.of(agency, recap.year, recap.quarter).isEmpty()) {
                    items.add(new MyWorkView.Item(MyWorkView.Kind.MEMO, recap.year, recap.quarter, B1.name(),
                            B1.definition().nameEn(), recap.recapId, null,
                            "a recap of the period waits for the memo opening its measurement", recap.updatedAt,
                            times.get(B1).toString(), null, false));
                }
            }
        }
        if (caller.hasRole(Roles.SAKIP_TEAM)) {
            methodologies.missingOf(agency).forEach(missing -> items.add(new MyWorkView.Item(
                    MyWorkView.Kind.METHODOLOGY, null, null, null, null, null, missing.indicatorCode(),
                    missing.indicatorName(), missing.since(), null, null, false)));
            for (Recap recap : Recap.<Recap>list("agencyCode = ?1 and state = ?2", agency, RecapStatus.RETURNED)) {
                ReopenedView reopened = recaps.reopened(agency, recap.recapId);
                reopened.items().stream().filter(item -> !item.fixed()).forEach(item -> items.add(new MyWorkView.Item(
                        MyWorkView.Kind.FIX, recap.year, recap.quarter, null, null, recap.recapId,
                        item.indicatorCode(), item.reason(), recap.updatedAt, null, null, false)));
            }
        }
        items.sort(Comparator.comparing(MyWorkView.Item::since, Comparator.nullsLast(Comparator.naturalOrder())));
        return new MyWorkView(items);
    }
}

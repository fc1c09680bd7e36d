package id.go.kinerja.collection.sop;

import static id.go.kinerja.platform.procedure.CollectionStep.A6;
import static id.go.kinerja.platform.procedure.CollectionStep.A7;

import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.collection.round.Entry;
import id.go.kinerja.collection.round.EntryState;
import id.go.kinerja.collection.round.RoundStatus;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.procedure.CollectionStep;
import id.go.kinerja.platform.procedure.ServiceLevel;
import id.go.kinerja.platform.procedure.TimelineStep;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import id.go.kinerja.platform.worktime.StandardTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** What the SOP steps look like to people: a round's timeline, and each person's work. */
@ApplicationScoped
public class SopViews {

    private static final Set<EntryState> TO_ENTER = Set.of(EntryState.NOT_ENTERED, EntryState.PROPOSED,
            EntryState.SENT_BACK, EntryState.RETURNED);

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    SopSteps steps;

    public TimelineView timeline(UUID roundId) {
        CollectionRound round = CollectionRound.ofAgency(roundId, caller.agencyCode())
                .orElseThrow(() -> new NotFound(CollectionProblem.ROUND_NOT_FOUND, roundId));
        Map<CollectionStep, StandardTime> times = steps.standardTimes(round.agencyCode);
        Instant now = clock.instant();
        List<SopStep> rows = steps.ofRound(round.id);
        Map<EntryState, List<String>> waiting = divisionsByState(round);
        List<TimelineStep<TimelineView.Holder>> timeline = rows.stream().map(row -> steps.timelineStep(row, times, now,
                new TimelineView.Holder(row.step().definition().ownerRole(), switch (row.step()) {
                    case A6 -> divisions(waiting, TO_ENTER);
                    case A7 -> divisions(waiting, Set.of(EntryState.ENTERED));
                    default -> null;
                }))).toList();
        int cycle = rows.stream().mapToInt(SopStep::cycle).max().orElse(1);
        return new TimelineView(round.id, round.year, round.quarter, round.status(), cycle, timeline);
    }

    /**
     * What waits for the caller in the agency's rounds: entries to enter, confirm or correct (operators, own
     * division), entries to verify (division heads, own division), and the running steps the caller's roles hold.
     */
    public MyWorkView myWork() {
        String agency = caller.agencyCode();
        Map<CollectionStep, StandardTime> times = steps.standardTimes(agency);
        Instant now = clock.instant();
        Map<UUID, Map<CollectionStep, SopStep>> stepsByRound = new HashMap<>();
        steps.running(agency).forEach(row -> stepsByRound.computeIfAbsent(row.roundId(), id -> new HashMap<>())
                .put(row.step(), row));
        List<MyWorkView.Item> items = new ArrayList<>();
        Set<EntryState> states = new HashSet<>();
        if (caller.hasRole(Roles.OPERATOR)) {
            states.addAll(TO_ENTER);
        }
        if (caller.hasRole(Roles.DIVISION_HEAD)) {
            states.add(EntryState.ENTERED);
        }
        if (!states.isEmpty()) {
            List<Entry> entries = Entry.list("from Entry e join fetch e.round r join fetch e.indicator i "
                            + "where r.agencyCode = ?1 and r.status in ?2 and e.state in ?3 "
                            + "and (?4 = '' or e.divisionCode = ?4)", agency, List.of(RoundStatus.OPEN, RoundStatus.RETURNED),
                    states, Objects.requireNonNullElse(caller.divisionCode(), ""));
            for (Entry entry : entries) {
                boolean changeable = entry.round.status() == RoundStatus.OPEN || entry.reopened;
                SopStep running = runningEntryStep(stepsByRound.get(entry.round.id));
                if (!changeable || running == null || !canWork(entry.state)) {
                    continue;
                }
                Instant since = switch (entry.state) {
                    case SENT_BACK -> entry.sentBackAt;
                    case RETURNED -> entry.returnedAt;
                    case ENTERED -> entry.enteredAt;
                    default -> running.startedAt();
                };
                items.add(item(kindOf(entry.state), entry.round, running.step(), entry.indicator.code,
                        entry.divisionCode, entry.state, since, running, times, now));
            }
        }
        List<SopStep> held = stepsByRound.values().stream().flatMap(ofRound -> ofRound.values().stream())
                .filter(row -> row.step() != A6 && row.step() != A7
                        && caller.hasRole(row.step().definition().ownerRole()))
                .toList();
        if (!held.isEmpty()) {
            Map<UUID, CollectionRound> rounds = CollectionRound.<CollectionRound>list("id in ?1",
                    held.stream().map(SopStep::roundId).distinct().toList()).stream()
                    .collect(Collectors.toMap(round -> round.id, round -> round));
            held.forEach(row -> items.add(item(MyWorkView.Kind.STEP, rounds.get(row.roundId()), row.step(), null,
                    null, null, row.startedAt(), row, times, now)));
        }
        items.sort(Comparator.comparing(MyWorkView.Item::since)
                .thenComparing(MyWorkView.Item::indicatorCode, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new MyWorkView(items);
    }

    private boolean canWork(EntryState state) {
        return state == EntryState.ENTERED ? caller.hasRole(Roles.DIVISION_HEAD) : caller.hasRole(Roles.OPERATOR);
    }

    /** The step the round's entry work belongs to now: A6, or A7 once everything was entered once. */
    private static SopStep runningEntryStep(Map<CollectionStep, SopStep> running) {
        if (running == null) {
            return null;
        }
        return running.containsKey(A6) ? running.get(A6) : running.get(A7);
    }

    private static MyWorkView.Kind kindOf(EntryState state) {
        return switch (state) {
            case NOT_ENTERED -> MyWorkView.Kind.ENTER;
            case PROPOSED -> MyWorkView.Kind.CONFIRM;
            case ENTERED -> MyWorkView.Kind.VERIFY;
            default -> MyWorkView.Kind.CORRECT;
        };
    }

    private MyWorkView.Item item(MyWorkView.Kind kind, CollectionRound round, CollectionStep step, String indicatorCode,
                                 String divisionCode, EntryState state, Instant since, SopStep running,
                                 Map<CollectionStep, StandardTime> times, Instant now) {
        StandardTime standard = times.get(running.step());
        ServiceLevel level = steps.levelOf(running, times, now);
        return new MyWorkView.Item(kind, round.id, round.year, round.quarter, step.name(), step.definition().nameEn(),
                indicatorCode, divisionCode, state, since, standard == null ? null : standard.toString(),
                level.deadline(), level.overdue());
    }

    private static Map<EntryState, List<String>> divisionsByState(CollectionRound round) {
        Map<EntryState, List<String>> divisions = new HashMap<>();
        Entry.getEntityManager().createQuery("select distinct e.state, e.divisionCode from Entry e where e.round = :round",
                        Object[].class)
                .setParameter("round", round)
                .getResultList()
                .forEach(row -> divisions.computeIfAbsent((EntryState) row[0], state -> new ArrayList<>())
                        .add((String) row[1]));
        return divisions;
    }

    private static List<String> divisions(Map<EntryState, List<String>> byState, Set<EntryState> states) {
        Set<String> divisions = new TreeSet<>();
        states.forEach(state -> divisions.addAll(byState.getOrDefault(state, List.of())));
        return List.copyOf(divisions);
    }
}

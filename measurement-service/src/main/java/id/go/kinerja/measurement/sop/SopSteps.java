package id.go.kinerja.measurement.sop;

import static id.go.kinerja.platform.procedure.MeasurementStep.B1;
import static id.go.kinerja.platform.procedure.MeasurementStep.B10;
import static id.go.kinerja.platform.procedure.MeasurementStep.B2;
import static id.go.kinerja.platform.procedure.MeasurementStep.B3;
import static id.go.kinerja.platform.procedure.MeasurementStep.B4;
import static id.go.kinerja.platform.procedure.MeasurementStep.B5;
import static id.go.kinerja.platform.procedure.MeasurementStep.B6;
import static id.go.kinerja.platform.procedure.MeasurementStep.B7;
import static id.go.kinerja.platform.procedure.MeasurementStep.B8;
import static id.go.kinerja.platform.procedure.MeasurementStep.B9;

import id.go.kinerja.measurement.methodology.MethodologyService;
import id.go.kinerja.measurement.problem.MeasurementProblem;
import id.go.kinerja.measurement.recap.MeasuringSubmittedRecap;
import id.go.kinerja.measurement.recap.MeasuringGate;
import id.go.kinerja.measurement.recap.RecapProgress;
import id.go.kinerja.measurement.recap.RecapRef;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.PlatformProblem;
import id.go.kinerja.platform.procedure.MeasurementStep;
import id.go.kinerja.platform.procedure.OverdueSteps;
import id.go.kinerja.platform.procedure.Procedure;
import id.go.kinerja.platform.procedure.StepOutputs;
import id.go.kinerja.platform.procedure.StepTimeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The SOP steps B1-B10 of measurement rounds: people record B1-B4 with their outputs; B5-B7 follow from measuring
 * the period's recap, B8-B10 from the review, the disposition and the archive ({@link RecapProgress}). A step
 * starts when the steps before it are done ({@link StepTimeline}), except measuring (B5), which starts when there
 * is a recap to measure. Every hook locks the round.
 */
@ApplicationScoped
public class SopSteps extends StepTimeline<MeasurementStep, SopStep> implements MeasuringGate {

    /** Where {@code StepOverdue} of part B is published. */
    public static final String OVERDUE_TOPIC = "kinerja.measurement.step-overdue";

    /** Who did B5-B7 when the service measured a submitted recap by itself. */
    static final Actor SERVICE = new Actor("measurement-service", Actor.SYSTEM.role());

    @Inject
    MethodologyService methodologies;

    @Inject
    MeasuringSubmittedRecap submittedRecaps;

    SopSteps() {
        super(Procedure.MEASUREMENT, SopStep.class, SopStep::new, OVERDUE_TOPIC);
    }

    @Override
    protected OverdueSteps.Period periodOf(UUID roundId) {
        MeasurementRound round = MeasurementRound.findById(roundId);
        return new OverdueSteps.Period(round.id, round.year, round.quarter);
    }

    /** Measuring (B5) waits for a recap to measure instead. */
    @Override
    protected boolean startsAfterPredecessors(MeasurementStep step) {
        return step != B5;
    }

    /** B1: the Head's memo opens the period's round; the Secretary's meeting (B2) is next. */
    @Transactional
    public void openRound(int year, int quarter, StepOutputs.HeadMemo memo) {
        String agency = caller.agencyCode();
        Optional<MeasurementRound> existing = MeasurementRound.of(agency, year, quarter);
        if (existing.isPresent()) {
            SopStep memoStep = current(existing.get().id).get(B1);
            throw new Conflict(PlatformProblem.STEP_ALREADY_RECORDED, Map.of("step", B1.name()), B1, existing.get().period(),
                    memoStep.doneBy().userId(), memoStep.endedAt());
        }
        MeasurementRound round = new MeasurementRound();
        round.id = UUID.randomUUID();
        round.agencyCode = agency;
        round.year = year;
        round.quarter = quarter;
        round.openedAt = clock.instant();
        round.persist();
        open(round.id, agency, caller.as(B1.definition().ownerRole()), memo, round.openedAt);
    }

    /**
     * B2-B4: a person records the step's output; refused when it was recorded already or comes too early. The
     * step that completes B1-B4 measures the period's recap if one is held.
     */
    @Transactional
    public void record(int year, int quarter, MeasurementStep step, Object output) {
        String agency = caller.agencyCode();
        MeasurementRound round = MeasurementRound.locked(agency, year, quarter)
                .orElseThrow(() -> Procedure.outOfOrder(B1, step,
                        "the Head's memo opens the round of " + year + " Q" + quarter));
        Map<MeasurementStep, SopStep> current = current(round.id);
        SopStep row = current.get(step);
        if (row.done()) {
            throw new Conflict(PlatformProblem.STEP_ALREADY_RECORDED, Map.of("step", step.name()), step, round.period(),
                    row.doneBy().userId(), row.endedAt());
        }
        requireOrder(current, step, step + " can be recorded once it is done");
        Object recorded = output;
        if (step == B4) {
            List<String> missing = methodologies.missingOf(agency).stream()
                    .map(MethodologyService.Missing::indicatorCode).toList();
            if (!missing.isEmpty()) {
                throw new Conflict(MeasurementProblem.METHODOLOGIES_MISSING, Map.of("step", B4.name(), "indicators", missing),
                        missing.size(), String.join(", ", missing));
            }
            Map<String, Object> methodology = new LinkedHashMap<>();
            methodology.put("note", ((MethodologyReady) output).note());
            methodology.put("indicatorsWithMethodology", methodologies.currentOf(agency).size());
            recorded = methodology;
        }
        Instant now = clock.instant();
        finish(row, caller.as(step.definition().ownerRole()), recorded, now);
        advance(current, now);
        if (mustComeFirst(current, B5).isEmpty()) {
            submittedRecaps.releaseHeld(agency, year, quarter);
        }
    }

    @Override
    public List<MeasurementStep> stepsBeforeMeasuring(String agencyCode, int year, int quarter) {
        List<MeasurementStep> beforeMeasuring = List.of(B1, B2, B3, B4);
        return MeasurementRound.of(agencyCode, year, quarter)
                .map(round -> current(round.id))
                .map(current -> beforeMeasuring.stream().filter(step -> !current.get(step).done()).toList())
                .orElse(beforeMeasuring);
    }

    /**
     * Locks the round, so that a recap held meanwhile is seen by the step that completes B1-B4.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<MeasurementStep> stepBeforeMeasuring(String agencyCode, int year, int quarter) {
        return MeasurementRound.locked(agencyCode, year, quarter)
                .map(round -> mustComeFirst(current(round.id), B5))
                .orElse(Optional.of(B1));
    }

    /**
     * The recap was measured: B5 starts (if a recap arrives or a return reopened it, it started already); when the
     * result went to the Secretary, measuring (B5), the recap (B6) and its report (B7) are done and the review (B8)
     * starts. A result held back for missing methodologies leaves B5 running with the team.
     */
    void measured(@Observes RecapProgress.Measured measured) {
        RecapRef recap = measured.recap();
        Optional<Map<MeasurementStep, SopStep>> steps = currentOf(recap);
        if (steps.isEmpty() || steps.get().get(B5).done()) {
            return;
        }
        Map<MeasurementStep, SopStep> current = steps.get();
        Instant now = clock.instant();
        SopStep measuring = current.get(B5);
        start(measuring, now);
        if (!measured.forwarded()) {
            return;
        }
        Actor doer = Actor.SYSTEM.equals(measured.actor()) ? SERVICE : measured.actor();
        finish(measuring, doer, Map.of("recapId", recap.recapId(), "revision", recap.revision(),
                "measuredRevision", measured.measuredRevision()), now);
        advance(current, now);
        finish(current.get(B6), doer, Map.of("revision", recap.revision(), "items", measured.items()), now);
        advance(current, now);
        finish(current.get(B7), doer, Map.of("revision", recap.revision(), "measuredRevision",
                measured.measuredRevision(), "event", "RecapMeasured"), now);
        advance(current, now);
    }

    /** B8 ended with a return: the next cycle runs B5-B8 again, measuring from the return on. */
    void returned(@Observes RecapProgress.Returned returned) {
        Optional<Map<MeasurementStep, SopStep>> steps = currentOf(returned.recap());
        if (steps.isEmpty() || !steps.get().get(B8).running()) {
            return;
        }
        Map<MeasurementStep, SopStep> current = steps.get();
        SopStep review = current.get(B8);
        finish(review, returned.secretary(), Map.of("decision", "RETURNED", "revision", returned.recap().revision(),
                "items", returned.items(), "toMeasurement", returned.toMeasurement()), returned.at());
        nextCycle(current, review);
        start(current.get(B5), review.endedAt());
    }

    /** B8 ended with the approval: the Head's disposition (B9) is next. */
    void approved(@Observes RecapProgress.Approved approved) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("decision", "APPROVED");
        output.put("revision", approved.recap().revision());
        output.put("note", approved.note());
        currentOf(approved.recap()).ifPresent(current ->
                finishFromEvent(current, B8, approved.secretary(), output, approved.at()));
    }

    /** B9: the Head's disposition (RecapDisposed). */
    void disposed(@Observes RecapProgress.Disposed disposed) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("disposition", disposed.disposition());
        currentOf(disposed.recap()).ifPresent(current ->
                finishFromEvent(current, B9, disposed.head(), output, disposed.at()));
    }

    /** B10: the archive sealed the recap (RecapArchived). */
    void archived(@Observes RecapProgress.Archived archived) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("archiveId", archived.archiveId());
        output.put("contentHash", archived.contentHash());
        currentOf(archived.recap()).ifPresent(current ->
                finishFromEvent(current, B10, Actor.SYSTEM, output, archived.at()));
    }

    /** The round's current steps, locked; empty for a period measured before the SOP was tracked. */
    private Optional<Map<MeasurementStep, SopStep>> currentOf(RecapRef recap) {
        return MeasurementRound.locked(recap.agencyCode(), recap.year(), recap.quarter())
                .map(round -> current(round.id));
    }
}

package id.go.kinerja.measurement.sop;

import static id.go.kinerja.platform.procedure.MeasurementStep.B1;
import static id.go.kinerja.platform.procedure.MeasurementStep.B10;
import static id.go.kinerja.platform.procedure.MeasurementStep.B4;
import static id.go.kinerja.platform.procedure.MeasurementStep.B5;
import static id.go.kinerja.platform.procedure.MeasurementStep.B6;
import static id.go.kinerja.platform.procedure.MeasurementStep.B7;
import static id.go.kinerja.platform.procedure.MeasurementStep.B8;
import static id.go.kinerja.platform.procedure.MeasurementStep.B9;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.measurement.methodology.MethodologyService;
import id.go.kinerja.measurement.recap.MeasurementService;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.procedure.MeasurementStep;
import id.go.kinerja.platform.procedure.Procedure;
import id.go.kinerja.platform.procedure.StepOutputs;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.worktime.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The SOP steps B1-B10 of measurement rounds: people record B1-B4 with their outputs; B5-B7 follow from measuring
 * the period's recap, B8-B10 from the events of approval and archive. A step starts when the steps before it are
 * done, except measuring (B5), which starts when there is a recap to measure. Every hook locks the round.
 */
@ApplicationScoped
public class SopSteps {

    static final Procedure<MeasurementStep> SOP = Procedure.MEASUREMENT;

    /** Who did B5-B7 when the service measured a submitted recap by itself. */
    static final Actor SERVICE = new Actor("measurement-service", Actor.SYSTEM.role());

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    WorkingCalendar calendar;

    @Inject
    ObjectMapper json;

    @Inject
    SopMetrics metrics;

    @Inject
    MethodologyService methodologies;

    @Inject
    MeasurementService measurements;

    /** B1: the Head's memo opens the period's round; the Secretary's meeting (B2) is next. */
    @Transactional
    public void openRound(int year, int quarter, StepOutputs.HeadMemo memo) {
        String agency = caller.agencyCode();
        Optional<MeasurementRound> existing = MeasurementRound.of(agency, year, quarter);
        if (existing.isPresent()) {
            SopStep memoStep = SopStep.current(existing.get().id).get(B1);
            throw new Conflict("SOP step B1 of round " + existing.get().period() + " was recorded already by "
                    + memoStep.doneBy + " at " + memoStep.endedAt, Map.of("step", B1.name()));
        }
        MeasurementRound round = new MeasurementRound();
        round.id = UUID.randomUUID();
        round.agencyCode = agency;
        round.year = year;
        round.quarter = quarter;
        round.openedAt = clock.instant();
        round.persist();
        Map<MeasurementStep, SopStep> current = new LinkedHashMap<>();
        SOP.steps().forEach(step -> current.put(step, SopStep.create(round, step, 1)));
        finish(current.get(B1), caller.as(B1.definition().ownerRole()), memo, round.openedAt);
        advance(current, round.openedAt);
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
        Map<MeasurementStep, SopStep> current = SopStep.current(round.id);
        SopStep row = current.get(step);
        if (row.done()) {
            throw new Conflict("SOP step " + step + " of round " + round.period() + " was recorded already by "
                    + row.doneBy + " at " + row.endedAt, Map.of("step", step.name()));
        }
        requireOrder(current, step, step + " can be recorded once it is done");
        Object recorded = output;
        if (step == B4) {
            List<String> missing = methodologies.missingOf(agency).stream()
                    .map(MethodologyService.Missing::indicatorCode).toList();
            if (!missing.isEmpty()) {
                throw new Conflict(missing.size() + " indicator(s) have no measurement methodology yet: set them "
                        + "before declaring the methodology ready", Map.of("step", B4.name(), "indicators", missing));
            }
            Map<String, Object> methodology = new LinkedHashMap<>();
            methodology.put("note", ((MethodologyReady) output).note());
            methodology.put("indicatorsWithMethodology", methodologies.currentOf(agency).size());
            recorded = methodology;
        }
        Instant now = clock.instant();
        finish(row, caller.as(step.definition().ownerRole()), recorded, now);
        advance(current, now);
        if (SOP.mustComeFirst(B5, before -> current.get(before).done()).isEmpty()) {
            measurements.releaseHeld(agency, year, quarter);
        }
    }

    /**
     * The step that must be done before the period's recap may be measured (B1 when the round was not opened),
     * or empty when B1-B4 are done. Locks the round, so that a recap held meanwhile is seen by the step that
     * completes B1-B4.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<MeasurementStep> stepBeforeMeasuring(String agencyCode, int year, int quarter) {
        Optional<MeasurementRound> round = MeasurementRound.locked(agencyCode, year, quarter);
        if (round.isEmpty()) {
            return Optional.of(B1);
        }
        Map<MeasurementStep, SopStep> current = SopStep.current(round.get().id);
        return SOP.mustComeFirst(B5, before -> current.get(before).done());
    }

    /** Refuses (409) what needs the recap measured while B1-B4 are not done, naming the step that must come first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireReadyToMeasure(String agencyCode, int year, int quarter) {
        stepBeforeMeasuring(agencyCode, year, quarter).ifPresent(first -> {
            throw Procedure.outOfOrder(first, B5,
                    "the recap of " + year + " Q" + quarter + " is measured once B1-B4 are done");
        });
    }

    /**
     * The recap was measured: B5 starts (if a recap arrives or a return reopened it, it started already); when the
     * result went to the Secretary, measuring (B5), the recap (B6) and its report (B7) are done and the review (B8)
     * starts. A result held back for missing methodologies leaves B5 running with the team.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void measured(RecapRef recap, int measuredRevision, int items, boolean forwarded, Actor actor) {
        Optional<Map<MeasurementStep, SopStep>> steps = currentOf(recap);
        if (steps.isEmpty() || steps.get().get(B5).done()) {
            return;
        }
        Map<MeasurementStep, SopStep> current = steps.get();
        Instant now = clock.instant();
        SopStep measuring = current.get(B5);
        if (!measuring.started()) {
            measuring.startedAt = now;
        }
        if (!forwarded) {
            return;
        }
        Actor doer = Actor.SYSTEM.equals(actor) ? SERVICE : actor;
        finish(measuring, doer, Map.of("recapId", recap.recapId(), "revision", recap.revision(),
                "measuredRevision", measuredRevision), now);
        advance(current, now);
        finish(current.get(B6), doer, Map.of("revision", recap.revision(), "items", items), now);
        advance(current, now);
        finish(current.get(B7), doer, Map.of("revision", recap.revision(), "measuredRevision", measuredRevision,
                "event", "RecapMeasured"), now);
        advance(current, now);
    }

    /** B8 ended with a return: the next cycle runs B5-B8 again, measuring from the return on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void returned(RecapRef recap, int items, int toMeasurement, Actor secretary, Instant at) {
        Optional<Map<MeasurementStep, SopStep>> steps = currentOf(recap);
        if (steps.isEmpty() || !steps.get().get(B8).running()) {
            return;
        }
        Map<MeasurementStep, SopStep> current = steps.get();
        SopStep review = current.get(B8);
        finish(review, secretary, Map.of("decision", "RETURNED", "revision", recap.revision(), "items", items,
                "toMeasurement", toMeasurement), at);
        MeasurementRound round = MeasurementRound.findById(review.roundId);
        int cycle = review.cycle + 1;
        SOP.returnLoop().forEach(step -> current.put(step, SopStep.create(round, step, cycle)));
        current.get(B5).startedAt = review.endedAt;
    }

    /** B8 ended with the approval: the Head's disposition (B9) is next. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void approved(RecapRef recap, String note, Actor secretary, Instant at) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("decision", "APPROVED");
        output.put("revision", recap.revision());
        output.put("note", note);
        finishFromEvent(recap, B8, secretary, output, at);
    }

    /** B9: the Head's disposition (RecapDisposed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void disposed(RecapRef recap, String disposition, Actor head, Instant at) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("disposition", disposition);
        finishFromEvent(recap, B9, head, output, at);
    }

    /** B10: the archive sealed the recap (RecapArchived). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void archived(RecapRef recap, String archiveId, String contentHash, Instant at) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("archiveId", archiveId);
        output.put("contentHash", contentHash);
        finishFromEvent(recap, B10, Actor.SYSTEM, output, at);
    }

    /**
     * A step another service reports through an event: recorded even when the event for an earlier step has not
     * arrived yet (the topics are independent), since the other service already enforced the order.
     */
    private void finishFromEvent(RecapRef recap, MeasurementStep step, Actor actor, Object output, Instant at) {
        Optional<Map<MeasurementStep, SopStep>> steps = currentOf(recap);
        if (steps.isEmpty() || steps.get().get(step).done()) {
            return;
        }
        SopStep row = steps.get().get(step);
        finish(row, actor, output, at);
        advance(steps.get(), row.endedAt);
    }

    /** The round's current steps, locked; empty for a period measured before the SOP was tracked. */
    private static Optional<Map<MeasurementStep, SopStep>> currentOf(RecapRef recap) {
        return MeasurementRound.locked(recap.agencyCode(), recap.year(), recap.quarter())
                .map(round -> SopStep.current(round.id));
    }

    private static void requireOrder(Map<MeasurementStep, SopStep> current, MeasurementStep step, String why) {
        SOP.requireOrder(step, before -> current.get(before).done(), why);
    }

    /** Starts the steps whose predecessors are done; measuring (B5) waits for a recap instead. */
    private static void advance(Map<MeasurementStep, SopStep> current, Instant at) {
        SOP.startable(step -> current.get(step).started(), step -> current.get(step).done()).stream()
                .filter(step -> step != B5)
                .forEach(step -> current.get(step).startedAt = at);
    }

    /** @param at when it ended; an event stamped before the step started (clocks apart) ends it as it started */
    private void finish(SopStep row, Actor actor, Object output, Instant at) {
        if (row.startedAt == null) {
            row.startedAt = at;
        }
        row.endedAt = at.isBefore(row.startedAt) ? row.startedAt : at;
        row.doneBy = actor.userId();
        row.doneRole = actor.role();
        try {
            row.output = json.writeValueAsString(output);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        metrics.recordDone(row.step, calendar.workingTimeBetween(row.startedAt, row.endedAt));
    }
}

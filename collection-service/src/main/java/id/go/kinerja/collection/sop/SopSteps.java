package id.go.kinerja.collection.sop;

import static id.go.kinerja.platform.procedure.CollectionStep.A1;
import static id.go.kinerja.platform.procedure.CollectionStep.A10;
import static id.go.kinerja.platform.procedure.CollectionStep.A11;
import static id.go.kinerja.platform.procedure.CollectionStep.A12;
import static id.go.kinerja.platform.procedure.CollectionStep.A6;
import static id.go.kinerja.platform.procedure.CollectionStep.A7;
import static id.go.kinerja.platform.procedure.CollectionStep.A8;
import static id.go.kinerja.platform.procedure.CollectionStep.A9;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.collection.round.Entry;
import id.go.kinerja.collection.round.EntryState;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.procedure.CollectionStep;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The SOP steps A1-A12 of collection rounds: people record A1-A5 with their outputs; A6-A12 are recorded from
 * what happens in the service (entries, verification, submission) and from the events of approval and archive.
 * A step starts when the steps before it are done. The hooks run inside the caller's transaction, which holds
 * the round's lock. Rounds opened before the SOP was tracked have no steps and are left alone.
 */
@ApplicationScoped
public class SopSteps {

    static final Procedure<CollectionStep> SOP = Procedure.COLLECTION;

    private static final List<EntryState> ENTERED = List.of(EntryState.ENTERED, EntryState.VERIFIED);

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

    /** A1: the Head's memo opens the round; the Secretary's meeting (A2) is next. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void roundOpened(CollectionRound round, StepOutputs.HeadMemo memo, Actor head) {
        Map<CollectionStep, SopStep> current = new LinkedHashMap<>();
        SOP.steps().forEach(step -> current.put(step, SopStep.create(round.id, round.agencyCode, step, 1)));
        Instant now = clock.instant();
        finish(current.get(A1), head, memo, now);
        advance(current, now);
    }

    /** A2-A5: a person records the step's output; refused when it was recorded already or comes too early. */
    @Transactional
    public void record(UUID roundId, CollectionStep step, Object output) {
        record(lockRound(roundId), step, output);
    }

    /** A5, with the attendees of exactly the divisions that have indicators in the round. */
    @Transactional
    public void recordBriefing(UUID roundId, SopOutputs.OperatorBriefing briefing) {
        CollectionRound round = lockRound(roundId);
        Set<String> divisions = new TreeSet<>(Entry.getEntityManager().createQuery("select distinct e.divisionCode from Entry e "
                        + "where e.round = :round", String.class)
                .setParameter("round", round).getResultList());
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> briefed = new TreeSet<>();
        for (int i = 0; i < briefing.divisions().size(); i++) {
            String division = briefing.divisions().get(i).divisionCode();
            if (!divisions.contains(division)) {
                errors.add(new Problem.FieldError("divisions[" + i + "].divisionCode", division
                        + " has no indicators in round " + round.period()));
            } else if (!briefed.add(division)) {
                errors.add(new Problem.FieldError("divisions[" + i + "].divisionCode", division + " is listed twice"));
            }
        }
        divisions.stream().filter(division -> !briefed.contains(division)).forEach(division -> errors.add(
                new Problem.FieldError("divisions", "the operators of " + division + " enter data in this round: "
                        + "say who of them attended")));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        record(round, CollectionStep.A5, briefing);
    }

    private CollectionRound lockRound(UUID roundId) {
        return CollectionRound.lockedOfAgency(roundId, caller.agencyCode())
                .orElseThrow(() -> new NotFound("Round", roundId));
    }

    private void record(CollectionRound round, CollectionStep step, Object output) {
        Map<CollectionStep, SopStep> current = SopStep.current(round.id);
        if (current.isEmpty()) {
            throw new Conflict("Round " + round.period() + " was opened before the SOP steps were tracked");
        }
        SopStep row = current.get(step);
        if (row.done()) {
            throw new Conflict("SOP step " + step + " of round " + round.period() + " was recorded already by "
                    + row.doneBy + " at " + row.endedAt);
        }
        requireOrder(current, step, step + " can be recorded once it is done");
        Instant now = clock.instant();
        finish(row, caller.as(step.definition().ownerRole()), output, now);
        advance(current, now);
    }

    /** Entries change only while data entry (A6) is open: after the operators' briefing (A5). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireEntering(CollectionRound round) {
        Map<CollectionStep, SopStep> current = SopStep.current(round.id);
        if (!current.isEmpty()) {
            requireOrder(current, A6, "data entry (A6) opens once it is recorded");
        }
    }

    /** A6 ends when every item has an entered value, A7 when every entry is verified. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void entriesChanged(CollectionRound round, Actor actor) {
        Map<CollectionStep, SopStep> current = SopStep.current(round.id);
        if (!current.isEmpty()) {
            completeEntrySteps(round, current, actor, clock.instant());
        }
    }

    /** A8 (the recap) and A9 (its report to the Secretary) end with the submission; the review (A10) starts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recapSubmitted(CollectionRound round, int revision, int items, Actor team) {
        Map<CollectionStep, SopStep> current = SopStep.current(round.id);
        if (current.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        // entries are the truth of A6 and A7: settle them before asking whether the cross-check is done
        completeEntrySteps(round, current, Actor.SYSTEM, now);
        requireOrder(current, A8, "the recap is made of cross-checked data");
        finish(current.get(A8), team, Map.of("revision", revision, "items", items), now);
        advance(current, now);
        finish(current.get(A9), team, Map.of("revision", revision), now);
        advance(current, now);
    }

    /** A10 ended with a return: the next cycle runs A6-A10 again, from re-entry of the returned items. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewReturned(CollectionRound round, int revision, int returnedItems, Actor secretary, Instant at) {
        Map<CollectionStep, SopStep> current = SopStep.current(round.id);
        SopStep review = current.get(A10);
        if (review == null || review.done()) {
            return;
        }
        finish(review, secretary, Map.of("decision", "RETURNED", "revision", revision, "items", returnedItems), at);
        int cycle = review.cycle + 1;
        SOP.returnLoop().forEach(step -> current.put(step, SopStep.create(round.id, round.agencyCode, step, cycle)));
        advance(current, at);
        completeEntrySteps(round, current, Actor.SYSTEM, at);
    }

    /**
     * A10 ended with the approval: the Head's disposition (A11) is next. A return that sent items to measurement
     * only may be approved without a resubmission: the steps of its cycle that were still to come here (the recap
     * A8 and its report A9) are closed by the system as not needed, so that none waits, or turns overdue, forever.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewApproved(CollectionRound round, int revision, String note, Actor secretary, Instant at) {
        Map<CollectionStep, SopStep> current = SopStep.current(round.id);
        SopStep review = current.get(A10);
        if (review == null || review.done()) {
            return;
        }
        for (CollectionStep step : SOP.returnLoop()) {
            SopStep row = current.get(step);
            if (step != A10 && !row.done()) {
                finish(row, Actor.SYSTEM, Map.of("notNeeded", "revision " + revision
                        + " was approved without a resubmission"), at);
            }
        }
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("decision", "APPROVED");
        output.put("revision", revision);
        output.put("note", note);
        finish(review, secretary, output, at);
        advance(current, at);
    }

    /** A11: the Head's disposition (RecapDisposed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void disposed(CollectionRound round, String disposition, Actor head, Instant at) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("disposition", disposition);
        finishFromEvent(round, A11, head, output, at);
    }

    /** A12: the archive sealed the recap (RecapArchived). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void archived(CollectionRound round, String archiveId, String contentHash, Instant at) {
        finishFromEvent(round, A12, Actor.SYSTEM, Map.of("archiveId", archiveId, "contentHash", contentHash), at);
    }

    /**
     * A step another service reports through an event: recorded even when the event for an earlier step has not
     * arrived yet (the topics are independent), since the other service already enforced the order.
     */
    private void finishFromEvent(CollectionRound round, CollectionStep step, Actor actor, Object output, Instant at) {
        Map<CollectionStep, SopStep> current = SopStep.current(round.id);
        SopStep row = current.get(step);
        if (row == null || row.done()) {
            return;
        }
        finish(row, actor, output, at);
        advance(current, at);
    }

    private void completeEntrySteps(CollectionRound round, Map<CollectionStep, SopStep> current, Actor actor,
                                    Instant at) {
        SopStep entering = current.get(A6);
        if (entering.running() && Entry.count("round = ?1 and state not in ?2", round, ENTERED) == 0) {
            finish(entering, actor, Map.of("entries", Entry.count("round", round)), at);
            advance(current, at);
        }
        SopStep checking = current.get(A7);
        if (checking.running() && Entry.count("round = ?1 and state <> ?2", round, EntryState.VERIFIED) == 0) {
            finish(checking, actor, Map.of("verified", Entry.count("round", round)), at);
            advance(current, at);
        }
    }

    private static void requireOrder(Map<CollectionStep, SopStep> current, CollectionStep step, String why) {
        SOP.requireOrder(step, before -> current.get(before).done(), why);
    }

    private void advance(Map<CollectionStep, SopStep> current, Instant at) {
        SOP.startable(step -> current.get(step).started(), step -> current.get(step).done())
                .forEach(step -> current.get(step).startedAt = at);
    }

    private void finish(SopStep row, Actor actor, Object output, Instant at) {
        if (row.startedAt == null) {
            row.startedAt = at;
        }
        // an event stamped (occurredAt) before this step started here ends it when it started, never before
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

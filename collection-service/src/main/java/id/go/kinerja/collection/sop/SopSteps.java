package id.go.kinerja.collection.sop;

import static id.go.kinerja.platform.procedure.CollectionStep.A10;
import static id.go.kinerja.platform.procedure.CollectionStep.A11;
import static id.go.kinerja.platform.procedure.CollectionStep.A12;
import static id.go.kinerja.platform.procedure.CollectionStep.A6;
import static id.go.kinerja.platform.procedure.CollectionStep.A7;
import static id.go.kinerja.platform.procedure.CollectionStep.A8;
import static id.go.kinerja.platform.procedure.CollectionStep.A9;

import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.collection.recap.RecapProgress;
import id.go.kinerja.collection.round.CollectionRound;
import id.go.kinerja.collection.round.DataEntryGate;
import id.go.kinerja.collection.round.Entry;
import id.go.kinerja.collection.round.EntryState;
import id.go.kinerja.collection.round.RoundProgress;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.problem.PlatformProblem;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.procedure.CollectionStep;
import id.go.kinerja.platform.procedure.OverdueSteps;
import id.go.kinerja.platform.procedure.Procedure;
import id.go.kinerja.platform.procedure.StepTimeline;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
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
 * what the round and its recap go through here ({@link RoundProgress}, {@link RecapProgress}) and from the events
 * of approval and archive. A step starts when the steps before it are done ({@link StepTimeline}). Rounds opened
 * before the SOP was tracked have no steps and are left alone.
 */
@ApplicationScoped
public class SopSteps extends StepTimeline<CollectionStep, SopStep> implements DataEntryGate {

    /** Where {@code StepOverdue} of part A is published. */
    public static final String OVERDUE_TOPIC = "kinerja.collection.step-overdue";

    private static final List<EntryState> ENTERED = List.of(EntryState.ENTERED, EntryState.VERIFIED);

    SopSteps() {
        super(Procedure.COLLECTION, SopStep.class, SopStep::new, OVERDUE_TOPIC);
    }

    @Override
    protected OverdueSteps.Period periodOf(UUID roundId) {
        CollectionRound round = CollectionRound.findById(roundId);
        return new OverdueSteps.Period(round.id, round.year, round.quarter);
    }

    /** A1: the Head's memo opens the round; the Secretary's meeting (A2) is next. */
    void roundOpened(@Observes RoundProgress.Opened opened) {
        open(opened.round().id, opened.round().agencyCode, opened.head(), opened.memo(), clock.instant());
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
                errors.add(new Problem.FieldError("divisions[" + i + "].divisionCode",
                        CollectionProblem.text("sop.divisionNotInRound", division, round.period())));
            } else if (!briefed.add(division)) {
                errors.add(new Problem.FieldError("divisions[" + i + "].divisionCode",
                        CollectionProblem.text("sop.listedTwice", division)));
            }
        }
        divisions.stream().filter(division -> !briefed.contains(division)).forEach(division -> errors.add(
                new Problem.FieldError("divisions", CollectionProblem.text("sop.divisionNotBriefed", division))));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        record(round, CollectionStep.A5, briefing);
    }

    private CollectionRound lockRound(UUID roundId) {
        return CollectionRound.lockedOfAgency(roundId, caller.agencyCode())
                .orElseThrow(() -> new NotFound(CollectionProblem.ROUND_NOT_FOUND, roundId));
    }

    private void record(CollectionRound round, CollectionStep step, Object output) {
        Map<CollectionStep, SopStep> current = current(round.id);
        if (current.isEmpty()) {
            throw new Conflict(CollectionProblem.SOP_NOT_TRACKED, round.period());
        }
        SopStep row = current.get(step);
        if (row.done()) {
            throw new Conflict(PlatformProblem.STEP_ALREADY_RECORDED, step, round.period(), row.doneBy().userId(), row.endedAt());
        }
        requireOrder(current, step, step + " can be recorded once it is done");
        Instant now = clock.instant();
        finish(row, caller.as(step.definition().ownerRole()), output, now);
        advance(current, now);
    }

    /** Entries change only while data entry (A6) is open: after the operators' briefing (A5). */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireOpen(CollectionRound round) {
        Map<CollectionStep, SopStep> current = current(round.id);
        if (!current.isEmpty()) {
            requireOrder(current, A6, "data entry (A6) opens once it is recorded");
        }
    }

    /** A6 ends when every item has an entered value, A7 when every entry is verified. */
    void entriesChanged(@Observes RoundProgress.EntriesChanged changed) {
        Map<CollectionStep, SopStep> current = current(changed.round().id);
        if (!current.isEmpty()) {
            completeEntrySteps(changed.round(), current, changed.actor(), clock.instant());
        }
    }

    /** A8 (the recap) and A9 (its report to the Secretary) end with the submission; the review (A10) starts. */
    void recapSubmitted(@Observes RecapProgress.Submitted submitted) {
        Map<CollectionStep, SopStep> current = current(submitted.round().id);
        if (current.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        // entries are the truth of A6 and A7: settle them before asking whether the cross-check is done
        completeEntrySteps(submitted.round(), current, Actor.SYSTEM, now);
        requireOrder(current, A8, "the recap is made of cross-checked data");
        finish(current.get(A8), submitted.team(), Map.of("revision", submitted.revision(), "items",
                submitted.items()), now);
        advance(current, now);
        finish(current.get(A9), submitted.team(), Map.of("revision", submitted.revision()), now);
        advance(current, now);
    }

    /** A10 ended with a return: the next cycle runs A6-A10 again, from re-entry of the returned items. */
    void reviewReturned(@Observes RecapProgress.Returned returned) {
        Map<CollectionStep, SopStep> current = current(returned.round().id);
        SopStep review = current.get(A10);
        if (review == null || review.done()) {
            return;
        }
        finish(review, returned.secretary(), Map.of("decision", "RETURNED", "revision", returned.revision(),
                "items", returned.items()), returned.at());
        nextCycle(current, review);
        advance(current, returned.at());
        completeEntrySteps(returned.round(), current, Actor.SYSTEM, returned.at());
    }

    /**
     * A10 ended with the approval: the Head's disposition (A11) is next. A return that sent items to measurement
     * only may be approved without a resubmission: the steps of its cycle that were still to come here (the recap
     * A8 and its report A9) are closed by the system as not needed, so that none waits, or turns overdue, forever.
     */
    void reviewApproved(@Observes RecapProgress.Approved approved) {
        Map<CollectionStep, SopStep> current = current(approved.round().id);
        SopStep review = current.get(A10);
        if (review == null || review.done()) {
            return;
        }
        for (CollectionStep step : procedure().returnLoop()) {
            SopStep row = current.get(step);
            if (step != A10 && !row.done()) {
                finish(row, Actor.SYSTEM, Map.of("notNeeded", "revision " + approved.revision()
                        + " was approved without a resubmission"), approved.at());
            }
        }
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("decision", "APPROVED");
        output.put("revision", approved.revision());
        output.put("note", approved.note());
        finish(review, approved.secretary(), output, approved.at());
        advance(current, approved.at());
    }

    /** A11: the Head's disposition (RecapDisposed). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void disposed(CollectionRound round, String disposition, Actor head, Instant at) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("disposition", disposition);
        finishFromEvent(current(round.id), A11, head, output, at);
    }

    /** A12: the archive sealed the recap (RecapArchived). */
    void archived(@Observes RecapProgress.Archived archived) {
        finishFromEvent(current(archived.round().id), A12, Actor.SYSTEM, Map.of("archiveId", archived.archiveId(),
                "contentHash", archived.contentHash()), archived.at());
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
}

package id.go.kinerja.collection.round;

import id.go.kinerja.collection.plan.PlanDocument;
import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.collection.support.Decimals;
import id.go.kinerja.platform.api.IfMatch;
import id.go.kinerja.platform.events.Actor;
import id.go.kinerja.platform.problem.AccessDenied;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.problem.PlatformProblem;
import id.go.kinerja.platform.problem.Problem.FieldError;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Entries of a round (SOP A6-A7): operators enter the realisation of their division's indicators, the
 * division head verifies or sends back. Every change holds the round's lock, so it never interleaves
 * with a submission of the recap.
 */
@ApplicationScoped
public class EntryService {

    @Inject
    Caller caller;

    @Inject
    MeterRegistry meters;

    @Inject
    RoundPlan roundPlan;

    @Inject
    DataEntryGate dataEntry;

    @Inject
    Event<RoundProgress.EntriesChanged> entriesChanged;

    @Transactional
    public EntryView enter(UUID roundId, String indicatorCode, EntryInput input, IfMatch ifMatch) {
        Entry entry = entryForChange(roundId, indicatorCode);
        ifMatch.require("the entry of " + indicatorCode, entry.version);
        String role = caller.hasRole(Roles.OPERATOR) ? Roles.OPERATOR : Roles.INTEGRATION;
        String noDataReason = Entry.noDataReasonOf(input.noData(), input.noDataReason(), "noData");
        entry.enter(input.value(), input.grade(), noDataReason, blankToNull(input.note()), caller.as(role), Instant.now());
        meters.counter("kinerja_collection_entries_total", "action", "ENTERED").increment();
        entriesChanged.fire(new RoundProgress.EntriesChanged(entry.round, caller.as(role)));
        Entry.flush();
        return view(entry);
    }

    @Transactional
    public EntryView decide(UUID roundId, String indicatorCode, Verification verification, IfMatch ifMatch) {
        Entry entry = entryForChange(roundId, indicatorCode);
        ifMatch.checkIfSent("the entry of " + indicatorCode, entry.version);
        Actor actor = caller.as(Roles.DIVISION_HEAD);
        if (verification.decision() == Verification.Decision.SEND_BACK) {
            String reason = blankToNull(verification.reason());
            if (reason == null) {
                throw new InvalidInput("reason", CollectionProblem.text("entry.reasonRequired"));
            }
            entry.sendBack(reason, actor, Instant.now());
        } else {
            if (actor.userId().equals(entry.enteredBy)) {
                throw new AccessDenied(CollectionProblem.OWN_ENTRY_VERIFICATION, indicatorCode);
            }
            entry.verify(actor, Instant.now());
        }
        meters.counter("kinerja_collection_entries_total", "action", entry.state.name()).increment();
        entriesChanged.fire(new RoundProgress.EntriesChanged(entry.round, actor));
        Entry.flush();
        return view(entry);
    }

    @Transactional
    public EntryView confirm(UUID roundId, String indicatorCode, IfMatch ifMatch) {
        Entry entry = entryForChange(roundId, indicatorCode);
        ifMatch.checkIfSent("the entry of " + indicatorCode, entry.version);
        entry.confirm(caller.as(Roles.OPERATOR), Instant.now());
        meters.counter("kinerja_collection_entries_total", "action", "CONFIRMED").increment();
        entriesChanged.fire(new RoundProgress.EntriesChanged(entry.round, caller.as(Roles.OPERATOR)));
        Entry.flush();
        return view(entry);
    }

    /**
     * An integration's realisations for a round, all or nothing: every code must be an item of the round,
     * once; an entry an operator entered or a division head verified refuses the whole push (409).
     */
    @Transactional
    public RealisationPush.Result push(UUID roundId, RealisationPush push) {
        CollectionRound round = CollectionRound.lockedOfAgency(roundId, caller.agencyCode())
                .orElseThrow(() -> new NotFound(CollectionProblem.ROUND_NOT_FOUND, roundId));
        dataEntry.requireOpen(round);
        Map<String, Entry> entries = Entry.ofRound(round).stream()
                .collect(Collectors.toMap(entry -> entry.indicator.code, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < push.items().size(); i++) {
            String code = push.items().get(i).indicatorCode();
            if (!entries.containsKey(code)) {
                errors.add(new FieldError("items[" + i + "].indicatorCode", CollectionProblem.text("entry.notInRound", code,
                        round.period())));
            } else if (!seen.add(code)) {
                errors.add(new FieldError("items[" + i + "].indicatorCode", CollectionProblem.text("entry.itemTwice", code)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Actor actor = caller.as(Roles.INTEGRATION);
        Instant now = Instant.now();
        String source = push.source().strip();
        List<Entry> proposed = new ArrayList<>();
        for (int i = 0; i < push.items().size(); i++) {
            RealisationPush.Item item = push.items().get(i);
            Entry entry = entries.get(item.indicatorCode());
            String noDataReason = Entry.noDataReasonOf(item.noData(), item.noDataReason(), "items[" + i + "].noData");
            entry.propose(item.value(), item.grade(), noDataReason, blankToNull(item.note()), source, actor, now);
            proposed.add(entry);
        }
        meters.counter("kinerja_collection_entries_total", "action", "PROPOSED").increment(proposed.size());
        Entry.flush();
        return new RealisationPush.Result(round.id, source, proposed.size(), proposed.stream()
                .map(entry -> new RealisationPush.Proposed(entry.indicator.code, entry.state, entry.version)).toList());
    }

    public EntryView get(UUID roundId, String indicatorCode) {
        CollectionRound round = CollectionRound.ofAgency(roundId, caller.agencyCode())
                .orElseThrow(() -> new NotFound(CollectionProblem.ROUND_NOT_FOUND, roundId));
        Entry entry = entryOf(round, indicatorCode);
        caller.requireDivision(entry.divisionCode);
        return view(entry);
    }

    private Entry entryForChange(UUID roundId, String indicatorCode) {
        CollectionRound round = CollectionRound.lockedOfAgency(roundId, caller.agencyCode())
                .orElseThrow(() -> new NotFound(CollectionProblem.ROUND_NOT_FOUND, roundId));
        Entry entry = entryOf(round, indicatorCode);
        caller.requireDivision(entry.divisionCode);
        dataEntry.requireOpen(round);
        return entry;
    }

    private static Entry entryOf(CollectionRound round, String indicatorCode) {
        return Entry.ofRound(round, indicatorCode)
                .orElseThrow(() -> new NotFound(CollectionProblem.INDICATOR_NOT_IN_ROUND, indicatorCode, round.period()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private EntryView view(Entry entry) {
        CollectionRound round = entry.round;
        // name, unit and target as the round's plan has them (a later change of the live plan is not the round's)
        PlanDocument.IndicatorSpec indicator = roundPlan.indicator(round, entry);
        EntryView.SentBack sentBack = entry.sentBackAt == null ? null
                : new EntryView.SentBack(entry.sendBackReason, entry.sentBackBy, entry.sentBackAt);
        EntryView.Returned returned = entry.returnedAt == null ? null
                : new EntryView.Returned(entry.returnReason, entry.returnTo, entry.returnedBy, entry.returnedAt,
                entry.returnedRevision);
        List<EntryView.Step> history = EntryHistory.of(entry).stream()
                .map(step -> new EntryView.Step(step.action, step.actorId, step.actorRole, step.at,
                        Decimals.plain(step.value), step.grade, step.noDataReason, step.note, step.reason))
                .toList();
        return new EntryView(round.id, round.year, round.quarter, indicator.code(), indicator.name(), indicator.unit(),
                entry.valueType, entry.divisionCode, RoundPlan.targetOf(indicator.targets(), round.quarter), entry.state,
                Decimals.plain(entry.value), entry.grade, entry.noData(), entry.noDataReason, entry.note, entry.source, entry.enteredBy, entry.enteredAt,
                entry.verifiedBy, entry.verifiedAt, sentBack, returned, entry.version, history);
    }
}

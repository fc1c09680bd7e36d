package id.go.kinerja.approval.review;

import id.go.kinerja.approval.problem.ApprovalProblem;
import id.go.kinerja.approval.recap.DocumentItems;
import id.go.kinerja.approval.recap.DocumentKey;
import id.go.kinerja.approval.recap.Recap;
import id.go.kinerja.approval.recap.Timestamps;
import id.go.kinerja.platform.audit.AuditTrail;
import id.go.kinerja.platform.events.EventEnvelope;
import id.go.kinerja.platform.outbox.Outbox;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.problem.Problem;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Secretary's review (SOP A10 / B8): a decision per item, then approve (every item accepted) or return
 * (at least one item returned, with reasons and where it goes back to). Only the SECRETARY gets here: the
 * resource's role rule keeps everyone else out.
 */
@ApplicationScoped
public class ReviewService {

    private final Caller caller;
    private final Outbox outbox;
    private final DocumentItems documentItems;
    private final ReviewHistory history;
    private final AuditTrail audit;

    ReviewService(Caller caller, Outbox outbox, DocumentItems documentItems, ReviewHistory history, AuditTrail audit) {
        this.caller = caller;
        this.outbox = outbox;
        this.documentItems = documentItems;
        this.history = history;
        this.audit = audit;
    }

    @Transactional
    public ItemDecisionView decide(UUID recapId, String indicatorCode, DecisionRequest request) {
        Chosen chosen = chosen(request.decision(), request.reason(), request.returnTo(), "");
        Recap recap = Recap.lockedInAgency(recapId, caller.agencyCode());
        recap.requireUnderReview(request.revision(), request.measuredRevision());
        DocumentKey document = recap.currentDocument();
        if (!documentItems.contains(document, indicatorCode)) {
            throw new NotFound(ApprovalProblem.ITEM_NOT_FOUND, indicatorCode, document.revision(), recapId);
        }
        ItemDecision decision = ItemDecision.on(document, indicatorCode)
                .orElseGet(() -> new ItemDecision(document, indicatorCode));
        ItemDecisionView before = decision.isPersistent() ? ItemDecisionView.of(decision) : null;
        decision.decide(chosen.decision(), chosen.reason(), chosen.returnTo(), caller.userId(), Timestamps.now());
        if (!decision.isPersistent()) {
            decision.persist();
        }
        ItemDecisionView after = ItemDecisionView.of(decision);
        audit.record("ItemDecided", recapId + "/" + indicatorCode, before, after);
        return after;
    }

    @Transactional
    public List<ItemDecisionView> decideAll(UUID recapId, BulkDecisionRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Chosen> chosen = new LinkedHashMap<>();
        for (int i = 0; i < request.decisions().size(); i++) {
            BulkDecisionRequest.Item item = request.decisions().get(i);
            String field = "decisions[" + i + "].";
            if (chosen.containsKey(item.indicatorCode())) {
                errors.add(new Problem.FieldError(field + "indicatorCode", ApprovalProblem.text("decision.listedTwice", item.indicatorCode())));
                continue;
            }
            try {
                chosen.put(item.indicatorCode(), chosen(item.decision(), item.reason(), item.returnTo(), field));
            } catch (InvalidInput invalid) {
                errors.addAll(invalid.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Recap recap = Recap.lockedInAgency(recapId, caller.agencyCode());
        recap.requireUnderReview(request.revision(), request.measuredRevision());
        DocumentKey document = recap.currentDocument();
        Set<String> known = new HashSet<>(documentItems.codes(document));
        List<String> unknown = chosen.keySet().stream().filter(code -> !known.contains(code)).toList();
        if (!unknown.isEmpty()) {
            throw new NotFound(ApprovalProblem.ITEM_NOT_FOUND, String.join(", ", unknown), document.revision(), recapId);
        }
        Map<String, ItemDecision> existing = ItemDecision.on(document).stream()
                .collect(Collectors.toMap(decision -> decision.indicatorCode, Function.identity()));
        Instant now = Timestamps.now();
        List<ItemDecisionView> recorded = new ArrayList<>(chosen.size());
        chosen.forEach((code, choice) -> {
            ItemDecision decision = existing.computeIfAbsent(code, newCode -> new ItemDecision(document, newCode));
            decision.decide(choice.decision(), choice.reason(), choice.returnTo(), caller.userId(), now);
            if (!decision.isPersistent()) {
                decision.persist();
            }
            recorded.add(ItemDecisionView.of(decision));
        });
        // one entry for the whole batch: a recap of 2,000 indicators is accepted in one go
        audit.record("ItemsDecided", recapId.toString(), null, Map.of("revision", document.revision(),
                "measuredRevision", document.measuredRevision(),
                "accepted", recorded.stream().filter(view -> view.decision() == Decision.ACCEPTED).count(),
                "returned", recorded.stream().filter(view -> view.decision() == Decision.RETURNED)
                        .map(ItemDecisionView::indicatorCode).toList()));
        return recorded;
    }

    /** Approves the revision under review: only when every item is accepted. Its data is then locked. */
    @Transactional
    public ReviewView approve(UUID recapId, ConclusionRequest request) {
        Recap recap = Recap.lockedInAgency(recapId, caller.agencyCode());
        recap.requireUnderReview(request.revision(), request.measuredRevision());
        DocumentKey document = recap.currentDocument();
        Map<String, Decision> decisions = decisionsByItem(document);
        List<String> undecided = decisions.entrySet().stream().filter(entry -> entry.getValue() == null)
                .map(Map.Entry::getKey).toList();
        List<String> returned = decisions.entrySet().stream().filter(entry -> entry.getValue() == Decision.RETURNED)
                .map(Map.Entry::getKey).toList();
        if (!undecided.isEmpty() || !returned.isEmpty()) {
            throw new Conflict(ApprovalProblem.ITEMS_NOT_ACCEPTED, Map.of("undecided", undecided, "returned", returned),
                    undecided.size(), returned.size());
        }
        Recap.State before = recap.state();
        Review review = conclude(recap, ReviewOutcome.APPROVED, request.note());
        recap.markApproved();
        audit.record(RecapApproved.EVENT_TYPE, recapId.toString(), before, recap.state());
        outbox.publish(RecapApproved.TOPIC, envelope(RecapApproved.EVENT_TYPE, recap),
                new RecapApproved(recap.roundId, recap.year, recap.quarter, review.note));
        return history.of(review);
    }

    /**
     * Returns the revision under review with its returned items; accepted items stay accepted in this
     * review's record. The recap leaves the inbox until the next revision arrives.
     */
    @Transactional
    public ReviewView returnForCorrection(UUID recapId, ConclusionRequest request) {
        Recap recap = Recap.lockedInAgency(recapId, caller.agencyCode());
        recap.requireUnderReview(request.revision(), request.measuredRevision());
        DocumentKey document = recap.currentDocument();
        List<String> order = documentItems.codes(document);
        Map<String, ItemDecision> returned = ItemDecision.on(document).stream()
                .filter(decision -> decision.decision == Decision.RETURNED)
                .collect(Collectors.toMap(decision -> decision.indicatorCode, Function.identity()));
        if (returned.isEmpty()) {
            throw new Conflict(ApprovalProblem.NOTHING_RETURNED, Map.of("returned", List.of()));
        }
        Recap.State before = recap.state();
        Review review = conclude(recap, ReviewOutcome.RETURNED, request.note());
        recap.markReturned();
        audit.record(RecapReturned.EVENT_TYPE, recapId.toString(), before, recap.state());
        List<RecapReturned.Item> items = order.stream().filter(returned::containsKey).map(returned::get)
                .map(decision -> new RecapReturned.Item(decision.indicatorCode, decision.reason, decision.returnTo))
                .toList();
        outbox.publish(RecapReturned.TOPIC, envelope(RecapReturned.EVENT_TYPE, recap),
                new RecapReturned(recap.roundId, recap.year, recap.quarter, review.note, items));
        return history.of(review);
    }

    private Review conclude(Recap recap, ReviewOutcome outcome, String note) {
        Review review = new Review(recap.currentDocument(), outcome, caller.userId(), Timestamps.now(),
                note == null || note.isBlank() ? null : note.strip());
        review.persist();
        return review;
    }

    private EventEnvelope envelope(String eventType, Recap recap) {
        return EventEnvelope.of(eventType, 1, recap.agencyCode, recap.id, recap.currentRevision, caller.as(Roles.SECRETARY));
    }

    /** Every item of the document in order, with its decision or null when undecided. */
    private Map<String, Decision> decisionsByItem(DocumentKey document) {
        Map<String, Decision> byItem = new LinkedHashMap<>();
        documentItems.codes(document).forEach(code -> byItem.put(code, null));
        ItemDecision.on(document).forEach(decision -> byItem.put(decision.indicatorCode, decision.decision));
        return byItem;
    }

    /** A returned item must say why and where it goes; an accepted one goes nowhere. */
    private static Chosen chosen(Decision decision, String reason, ReturnTo returnTo, String fieldPrefix) {
        String stripped = reason == null || reason.isBlank() ? null : reason.strip();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (decision == Decision.RETURNED) {
            if (stripped == null) {
                errors.add(new Problem.FieldError(fieldPrefix + "reason", ApprovalProblem.text("decision.reasonRequired")));
            }
            if (returnTo == null) {
                errors.add(new Problem.FieldError(fieldPrefix + "returnTo", ApprovalProblem.text("decision.returnToRequired")));
            }
        } else if (returnTo != null) {
            errors.add(new Problem.FieldError(fieldPrefix + "returnTo", ApprovalProblem.text("decision.returnToOnlyReturned")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return new Chosen(decision, stripped, returnTo);
    }

    private record Chosen(Decision decision, String reason, ReturnTo returnTo) {
    }
}

package id.go.kinerja.approval.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.approval.problem.ApprovalProblem;
import id.go.kinerja.approval.recap.DocumentKey;
import id.go.kinerja.approval.recap.MeasuredDocument;
import id.go.kinerja.approval.recap.Recap;
import id.go.kinerja.approval.recap.RecapStatus;
import id.go.kinerja.platform.api.ListParameters;
import id.go.kinerja.platform.api.ListWindow;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.problem.NotFound;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the Secretary, the Head, the SAKIP team and auditors read: always within the caller's agency. */
@ApplicationScoped
@Transactional
public class ReviewQueries {

    private final EntityManager entityManager;
    private final ReviewHistory history;

    ReviewQueries(EntityManager entityManager, ReviewHistory history) {
        this.entityManager = entityManager;
        this.history = history;
    }

    /** The inbox can be sorted by these; without a sort, the longest waiting first. */
    static final ListWindow.Fields INBOX_FIELDS = ListWindow.Fields.of("id", "updatedAt", Sort.ascending("currentReceivedAt"))
            .sortable("receivedAt", "currentReceivedAt")
            .sortable("year", "year")
            .sortable("quarter", "quarter");

    /** The list can be sorted by these; without a sort, the latest received first. */
    static final ListWindow.Fields LIST_FIELDS = ListWindow.Fields.of("id", "updatedAt", Sort.descending("currentReceivedAt"))
            .sortable("receivedAt", "currentReceivedAt")
            .sortable("year", "year")
            .sortable("quarter", "quarter");

    /** The Secretary's inbox: recaps awaiting review, the longest waiting first. */
    public PageOf<InboxEntry> inbox(String agencyCode, Integer year, Integer quarter, ListParameters window, int page,
                                    int size) {
        ListWindow list = ListWindow.of(window, INBOX_FIELDS, page, size);
        Found found = recaps(agencyCode, RecapStatus.AWAITING_REVIEW, year, quarter, list);
        Map<UUID, Map<Decision, Long>> counts = decisionCounts(found.recaps());
        List<InboxEntry> entries = found.recaps().stream().map(recap -> {
            Map<Decision, Long> decided = counts.getOrDefault(recap.id, Map.of());
            return new InboxEntry(recap.id, recap.roundId, recap.year, recap.quarter, recap.currentRevision,
                    recap.currentMeasuredRevision, recap.currentReceivedAt, recap.currentHeadlineAchievement,
                    recap.currentItemCount, decided.getOrDefault(Decision.ACCEPTED, 0L),
                    decided.getOrDefault(Decision.RETURNED, 0L), recap.updatedAt);
        }).toList();
        return list.page(entries, found.total(), InboxEntry::updatedAt, InboxEntry::recapId);
    }

    /** Every recap of the agency in the approval step, newest first, optionally by status and period. */
    public PageOf<RecapSummary> list(String agencyCode, RecapStatus status, Integer year, Integer quarter,
                                     ListParameters window, int page, int size) {
        ListWindow list = ListWindow.of(window, LIST_FIELDS, page, size);
        Found found = recaps(agencyCode, status, year, quarter, list);
        List<RecapSummary> summaries = found.recaps().stream()
                .map(recap -> new RecapSummary(recap.id, recap.roundId, recap.year, recap.quarter, recap.status,
                        recap.currentRevision, recap.currentMeasuredRevision, recap.currentReceivedAt,
                        recap.currentHeadlineAchievement, recap.currentItemCount, recap.approvedRevision,
                        recap.disposedAt, recap.archiveId, recap.updatedAt))
                .toList();
        return list.page(summaries, found.total(), RecapSummary::updatedAt, RecapSummary::recapId);
    }

    public RecapDetail detail(String agencyCode, UUID recapId, ItemFilter filter, String divisionCode) {
        Recap recap = Recap.inAgency(recapId, agencyCode);
        MeasuredDocument document = MeasuredDocument.of(recap.currentDocument())
                .orElseThrow(() -> new IllegalStateException("recap " + recapId + " lost its current document"));
        return new RecapDetail(recap.id, recap.agencyCode, recap.agencyName, recap.roundId, recap.year, recap.quarter,
                recap.status, recap.approvedRevision, documentView(document, filter, divisionCode), history.of(recap.id),
                recap.disposedAt == null ? null
                        : new RecapDetail.DispositionView(recap.dispositionText, recap.disposedBy, recap.disposedAt),
                recap.archiveId == null ? null
                        : new RecapDetail.ArchiveView(recap.archiveId, recap.archiveContentHash, recap.archiveChainPosition,
                        recap.archivedAt),
                recap.version);
    }

    /** Revision n as received: its latest measurement unless another one is asked for. */
    public RevisionView revision(String agencyCode, UUID recapId, int revision, Integer measuredRevision,
                                 ItemFilter filter, String divisionCode) {
        Recap recap = Recap.inAgency(recapId, agencyCode);
        List<Integer> measurements = entityManager.createQuery("""
                        select d.key.measuredRevision from MeasuredDocument d
                        where d.key.recapId = :recapId and d.key.revision = :revision
                        order by d.key.measuredRevision""", Integer.class)
                .setParameter("recapId", recapId)
                .setParameter("revision", revision)
                .getResultList();
        if (measurements.isEmpty()) {
            throw new NotFound(ApprovalProblem.REVISION_NOT_FOUND, revision, recapId);
        }
        int measured = measuredRevision != null ? measuredRevision : measurements.get(measurements.size() - 1);
        DocumentKey key = new DocumentKey(recapId, revision, measured);
        MeasuredDocument document = MeasuredDocument.of(key)
                .orElseThrow(() -> new NotFound(ApprovalProblem.MEASUREMENT_NOT_FOUND, measured, revision, recapId));
        ReviewView review = Review.<Review>find("document.recapId = ?1 and document.revision = ?2 and document.measuredRevision = ?3",
                        recapId, revision, measured)
                .firstResultOptional().map(history::of).orElse(null);
        String outcome;
        if (review != null) {
            outcome = review.decision().name();
        } else if (key.equals(recap.currentDocument()) && recap.status == RecapStatus.AWAITING_REVIEW) {
            outcome = "UNDER_REVIEW";
        } else {
            outcome = "SUPERSEDED";
        }
        return new RevisionView(recapId, outcome, measurements, documentView(document, filter, divisionCode), review);
    }

    private DocumentView documentView(MeasuredDocument document, ItemFilter filter, String divisionCode) {
        ObjectNode json = document.json();
        Map<String, ItemDecisionView> decisions = ItemDecision.on(document.key).stream()
                .collect(Collectors.toMap(decision -> decision.indicatorCode, ItemDecisionView::of));
        Optional<ChangesSinceReview> sinceLastReview = ChangesSinceReview.of(document.key);
        List<DocumentView.ItemView> items = new ArrayList<>();
        for (JsonNode item : json.path("items")) {
            String code = item.path("indicatorCode").asText();
            ItemDecisionView decision = decisions.get(code);
            if ((filter == null || filter.matches(decision))
                    && (divisionCode == null || divisionCode.equals(item.path("divisionCode").asText(null)))) {
                ObjectNode data = ((ObjectNode) item).deepCopy();
                JsonNode result = data.remove("result");
                items.add(new DocumentView.ItemView(code, item.path("indicatorName").asText(null),
                        item.path("divisionCode").asText(null), item.path("nodeCode").asText(null), data, result,
                        DocumentView.NoData.of(item), decision,
                        sinceLastReview.map(changes -> changes.of(code, item)).orElse(null)));
            }
        }
        long accepted = decisions.values().stream().filter(decision -> decision.decision() == Decision.ACCEPTED).count();
        long returned = decisions.size() - accepted;
        return new DocumentView(document.key.revision(), document.key.measuredRevision(), document.measuredAt,
                document.receivedAt, json.path("agencyName").asText(null), json.get("headlineAchievement"),
                json.get("levelSummaries"), json.get("nodes"), document.itemCount, accepted, returned,
                document.itemCount - accepted - returned, items);
    }

    /** One page of the agency's recaps in the window, and how many the window holds. */
    private record Found(List<Recap> recaps, long total) {
    }

    private static Found recaps(String agencyCode, RecapStatus status, Integer year, Integer quarter, ListWindow list) {
        StringBuilder conditions = new StringBuilder("agencyCode = :agency");
        Parameters parameters = Parameters.with("agency", agencyCode);
        if (status != null) {
            conditions.append(" and status = :status");
            parameters.and("status", status);
        }
        if (year != null) {
            conditions.append(" and year = :year");
            parameters.and("year", year);
        }
        if (quarter != null) {
            conditions.append(" and quarter = :quarter");
            parameters.and("quarter", quarter);
        }
        String where = list.where(conditions.toString(), parameters);
        PanacheQuery<Recap> query = Recap.find(where, list.sort(), parameters);
        return new Found(query.range(list.firstRow(), list.lastRow()).list(), query.count());
    }

    /** Decisions so far on each recap's current document, counted per kind. */
    private Map<UUID, Map<Decision, Long>> decisionCounts(List<Recap> recaps) {
        if (recaps.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Recap> byId = recaps.stream().collect(Collectors.toMap(recap -> recap.id, Function.identity()));
        List<Object[]> rows = entityManager.createQuery("""
                        select d.document.recapId, d.document.revision, d.document.measuredRevision, d.decision, count(d)
                        from ItemDecision d where d.document.recapId in :ids
                        group by d.document.recapId, d.document.revision, d.document.measuredRevision, d.decision""",
                        Object[].class)
                .setParameter("ids", byId.keySet())
                .getResultList();
        Map<UUID, Map<Decision, Long>> counts = new HashMap<>();
        for (Object[] row : rows) {
            Recap recap = byId.get((UUID) row[0]);
            if (recap.currentRevision == (Integer) row[1] && recap.currentMeasuredRevision == (Integer) row[2]) {
                counts.computeIfAbsent(recap.id, id -> new HashMap<>()).put((Decision) row[3], (Long) row[4]);
            }
        }
        return counts;
    }
}

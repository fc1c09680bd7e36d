package id.go.kinerja.approval.disposition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.kinerja.approval.review.Decision;
import id.go.kinerja.approval.review.ReturnTo;
import id.go.kinerja.approval.review.ReviewOutcome;
import id.go.kinerja.approval.review.ReviewView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The Head recorded the disposition (SOP A11 / B9): the complete approved document, so that the archive
 * needs nothing else. The approved revision's measured document as measurement sent it (its nodes, items and
 * summaries travel as received, fields approval does not know included), every review of every revision, and the
 * disposition. The reviews are this event's own type, not the REST view they are made from.
 */
public record RecapDisposed(
        String agencyName,
        UUID roundId,
        int year,
        int quarter,
        JsonNode nodes,
        JsonNode items,
        JsonNode levelSummaries,
        JsonNode headlineAchievement,
        int measuredRevision,
        List<Review> reviews,
        Disposition disposition) {

    public static final String TOPIC = "kinerja.approval.recap-disposed";
    public static final String EVENT_TYPE = "RecapDisposed";

    /**
     * @param document         the approved measured document ({@code DocumentJson.documentOf} of its RecapMeasured)
     * @param agencyName       the recap's agency name, used when the document has none
     * @param measuredRevision the measurement of the approved revision that was approved
     */
    public static RecapDisposed of(ObjectNode document, String agencyName, UUID roundId, int year, int quarter,
                                   int measuredRevision, List<ReviewView> reviews, Disposition disposition) {
        return new RecapDisposed(document.path("agencyName").asText(agencyName), roundId, year, quarter,
                document.get("nodes"), document.get("items"), document.get("levelSummaries"),
                document.get("headlineAchievement"), measuredRevision, reviews.stream().map(Review::of).toList(),
                disposition);
    }

    public record Disposition(String text, String decidedBy, Instant decidedAt) {
    }

    /** A concluded review of one revision, with every item decided in it in document order. */
    public record Review(int revision, int measuredRevision, ReviewOutcome decision, String decidedBy,
                         Instant decidedAt, String note, List<ReviewItem> items) {

        static Review of(ReviewView view) {
            return new Review(view.revision(), view.measuredRevision(), view.decision(), view.decidedBy(),
                    view.decidedAt(), view.note(), view.items().stream()
                    .map(item -> new ReviewItem(item.indicatorCode(), item.decision(), item.reason(), item.returnTo()))
                    .toList());
        }
    }

    public record ReviewItem(String indicatorCode, Decision decision, String reason, ReturnTo returnTo) {
    }
}

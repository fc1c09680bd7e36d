package id.go.kinerja.approval.disposition;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.approval.review.ReviewView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The Head recorded the disposition (SOP A11 / B9): the complete approved document, so that the archive
 * needs nothing else. The approved revision's measured document as measurement sent it, every review of
 * every revision, and the disposition.
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
        List<ReviewView> reviews,
        Disposition disposition) {

    public static final String TOPIC = "kinerja.approval.recap-disposed";
    public static final String EVENT_TYPE = "RecapDisposed";

    public record Disposition(String text, String decidedBy, Instant decidedAt) {
    }
}

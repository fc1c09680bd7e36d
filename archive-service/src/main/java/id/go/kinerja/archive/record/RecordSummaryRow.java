package id.go.kinerja.archive.record;

import java.time.Instant;
import java.util.UUID;

/** The columns a list needs, read without the document. */
public record RecordSummaryRow(
        UUID id, String agencyCode, String agencyName, UUID recapId, int revision, UUID roundId, int year,
        int quarter, Instant disposedAt, Instant archivedAt, String contentHash, long chainPosition,
        String previousHash, String seal, UUID supersedesId) {

    RecordSummary toSummary() {
        return new RecordSummary(id, agencyCode, agencyName, recapId, revision, roundId, year, quarter, disposedAt,
                archivedAt, contentHash, chainPosition, previousHash, seal, supersedesId);
    }
}

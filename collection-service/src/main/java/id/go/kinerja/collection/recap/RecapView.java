package id.go.kinerja.collection.recap;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The recap (rekapitulasi) of a round: its status and every revision with the Secretary's return")
public record RecapView(
        UUID recapId,
        UUID roundId,
        @Schema(example = "2025") int year,
        @Schema(example = "1") int quarter,
        RecapStatus status,
        @Schema(example = "2") int currentRevision,
        @Schema(description = "The Secretary's approval (null until approved)") Approval approval,
        @Schema(description = "The archive's seal (null until archived)") Archive archive,
        List<Revision> revisions) {

    @Schema(name = "RecapApproval", description = "Approval of the recap by the Secretary (persetujuan)")
    public record Approval(String by, Instant at, String note) {
    }

    @Schema(name = "RecapArchive", description = "Where the archive keeps the recap, and the hash that seals it")
    public record Archive(
            String archiveId,
            @Schema(description = "SHA-256 (hex) of the archived document") String contentHash,
            Long chainPosition,
            Instant archivedAt) {
    }

    @Schema(name = "RecapRevisionSummary", description = "A submitted revision and its return, if it was returned")
    public record Revision(
            @Schema(example = "1") int revision,
            @Schema(description = "The eventId of its RecapSubmitted") UUID eventId,
            String submittedBy,
            Instant submittedAt,
            @Schema(description = "The Secretary's return of this revision (pengembalian), or null") Return returned) {
    }

    @Schema(name = "RecapReturn", description = "The Secretary's return of a revision: overall note and per item reasons")
    public record Return(String by, Instant at, String note, List<ReturnedItem> items) {
    }

    @Schema(description = "An item returned with its reason and where it goes back to")
    public record ReturnedItem(
            @Schema(example = "IKP-02") String indicatorCode,
            @Schema(example = "Bukti daftar hadir pelatihan belum dilampirkan") String reason,
            ReturnTo returnTo) {
    }
}

package id.go.kinerja.approval.review;

import id.go.kinerja.approval.recap.RecapStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A recap in the approval step, in a list")
public record RecapSummary(
        UUID recapId,
        UUID roundId,
        @Schema(example = "2025") int year,
        @Schema(example = "1") int quarter,
        RecapStatus status,
        @Schema(description = "The latest revision received", example = "2") int revision,
        @Schema(example = "1") int measuredRevision,
        Instant receivedAt,
        @Schema(description = "Headline achievement (capaian IKU), %", example = "94.25") BigDecimal headlineAchievement,
        @Schema(example = "12") int itemCount,
        @Schema(description = "The approved (disetujui) revision, once approved", example = "2") Integer approvedRevision,
        @Schema(description = "When the Head recorded the disposition (disposisi)") Instant disposedAt,
        @Schema(description = "The archive's id for the stored document, once archived") String archiveId,
        @Schema(description = "When the recap last changed in the approval step (a new revision, approval, return, "
                + "disposition, archiving)") Instant updatedAt) {
}

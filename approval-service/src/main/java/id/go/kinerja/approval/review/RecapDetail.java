package id.go.kinerja.approval.review;

import id.go.kinerja.approval.recap.RecapStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A recap in the approval step: the current revision's document with the decision per item, "
        + "every past review, the Head's disposition (disposisi) and the archive reference")
public record RecapDetail(
        UUID recapId,
        @Schema(example = "DISDAGTRANS") String agencyCode,
        @Schema(example = "Dinas Perdagangan dan Transmigrasi") String agencyName,
        UUID roundId,
        @Schema(example = "2025") int year,
        @Schema(example = "1") int quarter,
        RecapStatus status,
        @Schema(description = "The approved revision, once approved") Integer approvedRevision,
        @Schema(description = "The current revision's measured document") DocumentView document,
        @Schema(description = "Every concluded review of every revision, oldest first") List<ReviewView> reviews,
        @Schema(description = "The Head's disposition, once recorded") DispositionView disposition,
        @Schema(description = "Where the archive keeps the document, once archived") ArchiveView archive,
        @Schema(description = "Changes with every change of the recap", example = "3") long version) {

    @Schema(name = "Disposition", description = "The Head's disposition (disposisi Kepala Dinas)")
    public record DispositionView(
            @Schema(example = "Lanjutkan ke penyusunan LKjIP") String text,
            @Schema(example = "head@disdagtrans") String decidedBy,
            Instant decidedAt) {
    }

    @Schema(name = "ArchiveReference", description = "The archive's reference to the sealed document (arsip)")
    public record ArchiveView(
            String archiveId,
            @Schema(description = "SHA-256 (hex) of the canonical archived document") String contentHash,
            @Schema(description = "Position in the archive's hash chain", example = "17") Long chainPosition,
            Instant archivedAt) {
    }
}

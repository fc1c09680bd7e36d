package id.go.kinerja.approval.review;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One revision of a recap as received, with the decisions made on it and the review that concluded it")
public record RevisionView(
        UUID recapId,
        @Schema(description = "UNDER_REVIEW, RETURNED, APPROVED, or SUPERSEDED (a newer revision or measurement "
                + "arrived before its review concluded)") String outcome,
        @Schema(description = "Every measurement received for this revision", example = "[1]") List<Integer> measuredRevisions,
        DocumentView document,
        @Schema(description = "The concluded review of this document; null when none") ReviewView review) {
}

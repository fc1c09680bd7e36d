package id.go.kinerja.approval.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a review of one revision concluded. */
@Schema(description = "How a review concluded: RETURNED (dikembalikan) or APPROVED (disetujui)")
public enum ReviewOutcome {
    RETURNED,
    APPROVED
}

package id.go.kinerja.approval.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Secretary's decision on one item (indicator) of the recap under review. */
@Schema(description = "Decision on one item: accepted (diterima) or returned (dikembalikan) with a reason")
public enum Decision {
    ACCEPTED,
    RETURNED
}

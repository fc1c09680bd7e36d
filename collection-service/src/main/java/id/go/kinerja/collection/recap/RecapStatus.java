package id.go.kinerja.collection.recap;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "SUBMITTED: awaits measurement and the Secretary's review; RETURNED: items are being corrected; "
        + "APPROVED: locked for good; ARCHIVED: sealed in the archive")
public enum RecapStatus {
    SUBMITTED, RETURNED, APPROVED, ARCHIVED
}

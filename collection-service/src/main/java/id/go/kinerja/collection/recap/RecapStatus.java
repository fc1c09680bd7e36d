package id.go.kinerja.collection.recap;

import id.go.kinerja.collection.round.RoundStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "SUBMITTED: awaits measurement and the Secretary's review; RETURNED: items are being corrected; "
        + "APPROVED: locked for good; ARCHIVED: sealed in the archive")
public enum RecapStatus {
    SUBMITTED, RETURNED, APPROVED, ARCHIVED;

    /** Once submitted, a round stands where its recap stands: the round's status of the same name. */
    RoundStatus roundStatus() {
        return switch (this) {
            case SUBMITTED -> RoundStatus.SUBMITTED;
            case RETURNED -> RoundStatus.RETURNED;
            case APPROVED -> RoundStatus.APPROVED;
            case ARCHIVED -> RoundStatus.ARCHIVED;
        };
    }
}

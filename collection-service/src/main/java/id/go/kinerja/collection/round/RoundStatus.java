package id.go.kinerja.collection.round;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a round stands; after submission it follows its recap. */
@Schema(description = "OPEN: entries are being made; SUBMITTED: the recap awaits review, entries are read-only; "
        + "RETURNED: returned items are open for re-entry; APPROVED: locked for good; ARCHIVED: sealed in the archive")
public enum RoundStatus {
    OPEN, SUBMITTED, RETURNED, APPROVED, ARCHIVED;

    /** Whether the SOP takes a round from this status to the next: A9 submits, A10 returns or approves, A12 seals. */
    boolean leadsTo(RoundStatus next) {
        return switch (this) {
            case OPEN -> next == SUBMITTED;
            case SUBMITTED -> next == RETURNED || next == APPROVED;
            case RETURNED -> next == SUBMITTED || next == APPROVED;
            case APPROVED -> next == ARCHIVED;
            case ARCHIVED -> false;
        };
    }
}

package id.go.kinerja.approval.recap;

/**
 * Where a recap stands in the approval part of the SOP:
 * {@code AWAITING_REVIEW → RETURNED | APPROVED}, {@code RETURNED → AWAITING_REVIEW} when the next revision
 * arrives, {@code APPROVED → DISPOSED → ARCHIVED}.
 */
public enum RecapStatus {
    /** Measured and waiting in the Secretary's inbox (SOP A10 / B8). */
    AWAITING_REVIEW,
    /** Returned for re-entry or re-measurement; leaves the inbox until the next revision arrives. */
    RETURNED,
    /** Every item accepted; the data is locked for good. Waiting for the Head's disposition (A11 / B9). */
    APPROVED,
    /** The Head recorded the disposition; the complete document went to the archive. */
    DISPOSED,
    /** The archive stored and sealed the document (A12 / B10). */
    ARCHIVED;

    /** Approved data cannot be changed by anyone, and no later measurement replaces it. */
    public boolean isLocked() {
        return this == APPROVED || this == DISPOSED || this == ARCHIVED;
    }
}

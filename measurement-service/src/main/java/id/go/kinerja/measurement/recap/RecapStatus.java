package id.go.kinerja.measurement.recap;

/**
 * Where the latest revision of a recap stands in measurement (SOP B5-B8).
 *
 * <pre>
 *   (RecapSubmitted, B1-B4 not done) ──► AWAITING_SOP ──(step completing B1-B4)──► measured as below
 *   (RecapSubmitted) ──► MEASURED ──(RecapReturned)──► RETURNED ──(remeasure, methodology fixed)──► MEASURED
 *          │                │                             │
 *          │                └──(RecapApproved)──► APPROVED (frozen: results never change)
 *          └──► AWAITING_METHODOLOGY ──(remeasure, every methodology present)──► MEASURED
 *   a newer revision (RecapSubmitted) measures again from MEASURED, RETURNED, AWAITING_METHODOLOGY or AWAITING_SOP
 * </pre>
 */
public enum RecapStatus {
    /** Measured and sent to the Secretary (RecapMeasured published). */
    MEASURED,
    /** Measured, but held back: some indicators have no methodology; the team must set them and remeasure. */
    AWAITING_METHODOLOGY,
    /** The Secretary returned the revision; items returned to MEASUREMENT wait for a methodology fix. */
    RETURNED,
    /**
     * Submitted before the SOP steps B1-B4 of its period were done: stored as submitted, not measured, nothing sent
     * to the Secretary. The step that completes B1-B4 measures it.
     */
    AWAITING_SOP,
    /** The Secretary approved the revision; its results and the methodology versions they used are frozen. */
    APPROVED
}
